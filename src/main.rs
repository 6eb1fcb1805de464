use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let _ = dotenvy::dotenv();
    let cli = loathon::cli::Cli::parse();
    // Chatting in a terminal, log lines would interleave with the conversation.
    if loathon::cli::chats_in_terminal(&cli) {
        let path = std::path::Path::new(loathon::telemetry::CONSOLE_LOG_FILE);
        loathon::telemetry::init_to_file("loathon=info,warn", path);
    } else {
        loathon::telemetry::init("loathon=info,warn");
    }
    match loathon::cli::run(cli).await {
        Ok(0) => std::process::ExitCode::SUCCESS,
        Ok(code) => std::process::ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
