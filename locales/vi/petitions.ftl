# Petition categories (kiến nghị, phản ánh). Codes are those of seeds/*/30-categories.toml.

category-land = Đất đai
category-roads = Hạ tầng – đường sá
category-power = Điện
category-water = Nước sinh hoạt
category-security = An ninh, trật tự
category-health = Y tế
category-education = Giáo dục
category-welfare = Chính sách, hỗ trợ
category-environment = Môi trường, rừng
category-conduct = Thái độ, tác phong cán bộ
category-public-services = Dịch vụ công
category-other = Việc khác
category-complaint = Khiếu nại, tố cáo
