//! Charts of the reports: horizontal bars (petitions by category, unit, village…) and a monthly
//! trend (received and answered), drawn by `plotters` as SVG (for the page) and PNG (for a
//! download and for `/baocao` in the chat). The font is DejaVu Sans, compiled in
//! (`assets/fonts/`, Bitstream Vera licence): nothing is read from the system, and Vietnamese
//! diacritics render everywhere.

use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::prelude::*;

/// The family name the bundled font is registered under.
const FAMILY: &str = "sans-serif";
static FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

fn font_ready() -> bool {
    static DONE: OnceLock<bool> = OnceLock::new();
    *DONE.get_or_init(|| plotters::style::register_font(FAMILY, FontStyle::Normal, FONT).is_ok())
}

#[derive(Debug, thiserror::Error)]
#[error("chart: {0}")]
pub struct ChartError(String);

/// A bar chart: one bar per row, longest first as given.
#[derive(Clone, Debug)]
pub struct Bars {
    pub title: String,
    pub rows: Vec<(String, i64)>,
}

/// A monthly trend: a label per month ("01/2026") with petitions received and answered.
#[derive(Clone, Debug)]
pub struct Trend {
    pub title: String,
    pub received_label: String,
    pub answered_label: String,
    pub months: Vec<(String, i64, i64)>,
}

const BAR_ROW: u32 = 34;
const WIDTH: u32 = 720;

fn bars_height(b: &Bars) -> u32 {
    70 + BAR_ROW * b.rows.len().max(1) as u32
}

const BLUE_BAR: RGBColor = RGBColor(0x1f, 0x5f, 0xa8);
const GREEN_LINE: RGBColor = RGBColor(0x1b, 0x7a, 0x3d);

fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    b: &Bars,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let title = (FAMILY, 22).into_font().color(&BLACK);
    root.draw(&Text::new(b.title.clone(), (16, 14), title))?;
    let label = (FAMILY, 15).into_font().color(&BLACK);
    let max = b.rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let (left, right) = (250i32, WIDTH as i32 - 70);
    for (i, (name, n)) in b.rows.iter().enumerate() {
        let y = 56 + (i as i32) * BAR_ROW as i32;
        let shown: String = name.chars().take(30).collect();
        root.draw(&Text::new(shown, (16, y + 6), label.clone()))?;
        let len = ((right - left) as i64 * n / max) as i32;
        root.draw(&Rectangle::new(
            [(left, y), (left + len.max(2), y + BAR_ROW as i32 - 10)],
            BLUE_BAR.filled(),
        ))?;
        root.draw(&Text::new(
            n.to_string(),
            (left + len.max(2) + 6, y + 6),
            label.clone(),
        ))?;
    }
    root.present()
}

fn draw_trend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Trend,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let n = t.months.len().max(1);
    let ymax = t
        .months
        .iter()
        .map(|(_, r, a)| (*r).max(*a))
        .max()
        .unwrap_or(0)
        .max(1)
        + 1;
    let mut chart = ChartBuilder::on(root)
        .caption(t.title.clone(), (FAMILY, 22))
        .margin(14)
        .x_label_area_size(36)
        .y_label_area_size(44)
        .build_cartesian_2d(0i32..(n as i32 - 1).max(1), 0i64..ymax)?;
    let labels: Vec<String> = t.months.iter().map(|(m, _, _)| m.clone()).collect();
    let formatter = |x: &i32| labels.get(*x as usize).cloned().unwrap_or_default();
    chart
        .configure_mesh()
        .x_labels(n.min(12))
        .x_label_formatter(&formatter)
        .label_style((FAMILY, 13))
        .draw()?;
    let received: Vec<(i32, i64)> = t
        .months
        .iter()
        .enumerate()
        .map(|(i, (_, r, _))| (i as i32, *r))
        .collect();
    let answered: Vec<(i32, i64)> = t
        .months
        .iter()
        .enumerate()
        .map(|(i, (_, _, a))| (i as i32, *a))
        .collect();
    chart
        .draw_series(LineSeries::new(received, BLUE_BAR.stroke_width(3)))?
        .label(t.received_label.clone())
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLUE_BAR.stroke_width(3)));
    chart
        .draw_series(LineSeries::new(answered, GREEN_LINE.stroke_width(3)))?
        .label(t.answered_label.clone())
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], GREEN_LINE.stroke_width(3)));
    chart
        .configure_series_labels()
        .label_font((FAMILY, 14))
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()?;
    root.present()
}

fn svg_of(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), String>,
) -> Result<String, ChartError> {
    if !font_ready() {
        return Err(ChartError("the bundled font did not load".into()));
    }
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(&root).map_err(ChartError)?;
    }
    Ok(out)
}

fn png_of(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<BitMapBackend<'_>, Shift>) -> Result<(), String>,
) -> Result<Vec<u8>, ChartError> {
    if !font_ready() {
        return Err(ChartError("the bundled font did not load".into()));
    }
    let mut rgb = vec![0u8; (size.0 * size.1 * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, size).into_drawing_area();
        draw(&root).map_err(ChartError)?;
    }
    let mut png_bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png_bytes, size.0, size.1);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder
            .write_header()
            .map_err(|e| ChartError(e.to_string()))?;
        writer
            .write_image_data(&rgb)
            .map_err(|e| ChartError(e.to_string()))?;
    }
    Ok(png_bytes)
}

pub fn bars_svg(b: &Bars) -> Result<String, ChartError> {
    svg_of((WIDTH, bars_height(b)), |root| {
        draw_bars(root, b).map_err(|e| e.to_string())
    })
}

pub fn bars_png(b: &Bars) -> Result<Vec<u8>, ChartError> {
    png_of((WIDTH, bars_height(b)), |root| {
        draw_bars(root, b).map_err(|e| e.to_string())
    })
}

const TREND_SIZE: (u32, u32) = (WIDTH, 360);

pub fn trend_svg(t: &Trend) -> Result<String, ChartError> {
    svg_of(TREND_SIZE, |root| {
        draw_trend(root, t).map_err(|e| e.to_string())
    })
}

pub fn trend_png(t: &Trend) -> Result<Vec<u8>, ChartError> {
    png_of(TREND_SIZE, |root| {
        draw_trend(root, t).map_err(|e| e.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Bars {
        Bars {
            title: "Kiến nghị theo lĩnh vực".into(),
            rows: vec![("An ninh, trật tự".into(), 5), ("Đất đai".into(), 2)],
        }
    }

    #[test]
    fn bars_render_as_svg_with_their_names_and_as_png() {
        let svg = bars_svg(&sample()).unwrap();
        assert!(
            svg.contains("<svg") && svg.contains("An ninh, trật tự"),
            "{svg}"
        );
        let png = bars_png(&sample()).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert!(png.len() > 2000, "{}", png.len());
    }

    #[test]
    fn a_trend_renders_with_its_months() {
        let t = Trend {
            title: "Theo tháng".into(),
            received_label: "Tiếp nhận".into(),
            answered_label: "Đã trả lời".into(),
            months: vec![("01/2026".into(), 3, 1), ("02/2026".into(), 4, 4)],
        };
        let svg = trend_svg(&t).unwrap();
        assert!(
            svg.contains("02/2026") && svg.contains("Tiếp nhận"),
            "{svg}"
        );
        assert!(trend_png(&t).unwrap().len() > 2000);
    }
}
