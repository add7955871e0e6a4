#include "bench_corpus.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace gongwen::bench {

namespace {

constexpr int kVariantChars = 40;

// The CJK ideographs (U+4E00–U+9FFF: three UTF-8 bytes, lead byte E4–E9) of `xml`.
std::set<std::string> ideographs(const std::string& xml) {
  std::set<std::string> out;
  for (std::size_t i = 0; i + 2 < xml.size(); ++i) {
    const auto lead = static_cast<unsigned char>(xml[i]);
    if (lead >= 0xE4 && lead <= 0xE9) out.insert(xml.substr(i, 3));
  }
  return out;
}

}  // namespace

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Corpus::Corpus(std::string seed_xml, const std::vector<std::string>& pool_xml)
    : seed_(std::move(seed_xml)) {
  const std::set<std::string> own = ideographs(seed_);
  std::set<std::string> pool;
  for (const std::string& xml : pool_xml) {
    for (const std::string& c : ideographs(xml)) {
      if (!own.contains(c)) pool.insert(c);  // characters the seed lacks: new glyphs
    }
  }
  if (pool.empty()) pool = own;
  pool_.assign(pool.begin(), pool.end());
  for (std::size_t at = seed_.find("<p>"); at != std::string::npos; at = seed_.find("<p>", at)) {
    const std::size_t end = seed_.find("</p>", at);
    if (end == std::string::npos) break;
    paragraphs_.push_back(seed_.substr(at, end + 4 - at));
    at = end;
  }
}

const char* Corpus::variant_rule() {
  return "seed-002 with 发文字号 …〔2022〕N号 and an opening paragraph of 40 characters drawn "
         "by N from the other samples' characters that seed-002 lacks";
}

std::string Corpus::variant(unsigned n) const {
  std::string xml = seed_;
  if (const std::size_t at = xml.find("4号</doc-number>"); at != std::string::npos) {
    xml.replace(at, 1, std::to_string(n));
  }
  std::string text = fmt::format("第{}号：", n);
  std::uint64_t x = 0x9E3779B97F4A7C15ull * (n + 1);
  for (int i = 0; i < kVariantChars && !pool_.empty(); ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;  // Knuth's MMIX LCG
    text += pool_[(x >> 33) % pool_.size()];
  }
  text += "。";
  if (const std::size_t at = xml.find("<body>"); at != std::string::npos) {
    xml.insert(at + 6, "<p>" + text + "</p>");
  }
  return xml;
}

std::string Corpus::long_document(int paragraphs) const {
  const std::size_t open = seed_.find("<body>");
  const std::size_t close = seed_.find("</body>");
  if (open == std::string::npos || close == std::string::npos || paragraphs_.empty()) return {};
  std::string body;
  for (int i = 0; i < paragraphs; ++i) body += paragraphs_[static_cast<std::size_t>(i) % paragraphs_.size()];
  return seed_.substr(0, open + 6) + body + seed_.substr(close);
}

bool Corpus::write_variants(const std::string& folder, int count, std::string& error) const {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    error = fmt::format("cannot create {}: {}", folder, ec.message());
    return false;
  }
  for (int n = 1; n <= count; ++n) {
    const std::string path = fmt::format("{}/notice-{:05}.xml", folder, n);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << variant(static_cast<unsigned>(n));
    if (!out.flush()) {
      error = fmt::format("cannot write {}", path);
      return false;
    }
  }
  return true;
}

std::string roster_notice(int rows) {
  const char* const units[] = {"青溪市第一中学", "青溪市实验小学", "青溪市职业技术学校",
                               "青溪市教育科学研究院"};
  const char* const names[] = {"王建国", "李娜", "张晨欣", "刘洋", "陈思远", "杨静"};
  std::string xml =
      "<gongwen><title>关于公布先进个人名单的通知</title><body><p>现将名单予以公布。</p></body>"
      "<attachment title=\"先进个人名单\"><table><colgroup><col width=\"16mm\" "
      "align=\"center\"/><col width=\"1*\"/><col width=\"2*\"/><col width=\"1*\"/>"
      "</colgroup><thead><tr><th>序号</th><th>姓名</th><th>单位</th><th>职务</th></tr></thead>"
      "<tbody>";
  for (int i = 0; i < rows; ++i) {
    xml += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>教师</td></tr>", i + 1,
                       names[i % 6], units[i % 4]);
  }
  return xml + "</tbody></table></attachment></gongwen>";
}

}  // namespace gongwen::bench
