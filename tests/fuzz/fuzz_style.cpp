// libFuzzer target: any bytes as a style file (from memory; a first byte 0x01 selects the
// structured mode below), then — when the style is
// accepted — a small notice laid out and written with it, with floating-point traps on,
// since accepted-but-absurd values are where issue 8's SIGFPE lived. Build with clang:
//   CXX=clang++ CC=clang cmake -B build-fuzz -DGONGWEN_FUZZ=ON -DGONGWEN_SANITIZE=ON
//   cmake --build build-fuzz --target fuzz_style
//   LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp \
//     build-fuzz/fuzz_style -max_total_time=300 CORPUS_DIR tests/fuzz/corpus/style
#include <fenv.h>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "layout/layout.hpp"
#include "parse/parse_notice.hpp"
#include "pdf/pdf_writer.hpp"
#include "style/style.hpp"
#include "style/style_table.hpp"
#include "text/font_provider.hpp"

using namespace gongwen::detail;

namespace {

// 文件格式 (版头, 主体, 版记) and 信函格式: between them every style key is used.
constexpr std::string_view kNotices[] = {
    R"(<gongwen format="document"><copy-number>000123</copy-number>
<secrecy period="1年">机密</secrecy><urgency>特急</urgency>
<masthead><issuer>某某市人民政府</issuer></masthead><doc-number>某政发〔2024〕1号</doc-number>
<title>关于做好某项工作的通知</title><addressee>各区县人民政府，市直各部门</addressee>
<body><p>为做好某项工作，现将有关事项通知如下。</p><section><heading>提高认识</heading>
<p>各单位要高度重视，认真组织，确保工作落到实处。</p></section></body>
<signature><issuer>某某市人民政府</issuer><date>2024-03-31</date></signature>
<note>此件公开发布</note><colophon><cc label="抄送">市委办公室</cc><printer>市政府办公室</printer>
<print-date>2024-04-01</print-date><proofreader>马帅</proofreader></colophon></gongwen>)",
    R"(<gongwen format="letter"><masthead><issuer>某某省教育厅</issuer></masthead>
<doc-number>某教函〔2024〕27号</doc-number><title>关于商请协助的函</title>
<addressee>某某大学</addressee><body><p>现商请贵校协助有关工作。</p></body>
<signature><issuer>某某省教育厅</issuer><date>2024-05-06</date></signature></gongwen>)",
};

struct Fixture {
  FontCache cache;
  Style default_style;
  Document docs[2];
  Fixture() {
    Diagnostics d;
    if (!load_style("", {}, default_style, d)) __builtin_trap();
    for (int i = 0; i < 2; ++i) {
      if (!parse_notice(kNotices[i], ParseOptions{}, docs[i], d)) __builtin_trap();
    }
  }
};

// Structured mode (first byte 0x01): random TOML is rarely an accepted style, so the
// layout behind it would seldom run. Here each 3 bytes pick a key of the table and a value
// inside its range (its ends included), written as TOML; the loader still decides.
std::string structured_style(std::string_view bytes) {
  const auto keys = style_keys();
  std::map<std::size_t, std::string> chosen;
  for (std::size_t i = 0; i + 3 <= bytes.size(); i += 3) {
    const std::size_t row = static_cast<unsigned char>(bytes[i]) % keys.size();
    const unsigned u = static_cast<unsigned char>(bytes[i + 1]) * 256u +
                       static_cast<unsigned char>(bytes[i + 2]);
    const StyleKey& k = keys[row];
    const double t = u / 65535.0;
    const double v = k.lo + (k.hi - k.lo) * t;
    switch (k.unit) {
      case Unit::mm:
      case Unit::pt: chosen[row] = fmt::format("{}", v); break;
      case Unit::ratio: chosen[row] = fmt::format("{}", (u + 1) / 65536.0); break;
      case Unit::count: chosen[row] = fmt::format("{}", static_cast<long>(k.lo + (k.hi - k.lo) * t + 0.5)); break;
      case Unit::flag: chosen[row] = u % 2 ? "true" : "false"; break;
      case Unit::choice: chosen[row] = u % 2 ? "\"first\"" : "\"last\""; break;
      case Unit::color:
        chosen[row] = fmt::format("\"cmyk({:.4f},{:.4f},{:.4f},{:.4f})\"", t, 1 - t, (u % 7) / 6.0, (u % 3) / 2.0);
        break;
      case Unit::fonts: break;  // fonts are not under test here
    }
  }
  std::string toml;
  for (const auto& [row, value] : chosen) {
    // Dotted keys at the root: no table header twice, whatever the order.
    toml += fmt::format("{}.{} = {}\n", keys[row].table, keys[row].key, value);
  }
  return toml;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture fx;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string generated;
  if (size > 0 && data[0] == 0x01) {
    generated = structured_style(text.substr(1));
    text = generated;
  }
  Diagnostics diags;
  Style style;
  const bool ok = load_style_text(text, "fuzz.toml", {}, style, diags);
  // The contract: accepted exactly when no error was reported.
  if (ok == diags.has_errors()) __builtin_trap();
  if (!ok) return 0;
  // Fonts are not under test here (a fuzzed chain could name any file): default chains.
  style.fonts = fx.default_style.fonts;
  RoleFonts fonts;
  if (!fonts.load(style, GONGWEN_SOURCE_DIR "/fonts/fandol", fx.cache, diags)) __builtin_trap();
  for (const Document& doc : fx.docs) {
    LayoutOptions lo;
    lo.max_pages = 20;
    LayoutResult layout;
    std::vector<std::uint8_t> pdf;
    feclearexcept(FE_ALL_EXCEPT);
    feenableexcept(FE_DIVBYZERO | FE_INVALID | FE_OVERFLOW);
    Diagnostics ld;
    const bool laid = layout_document(doc, style, fonts, lo, layout, ld);
    const bool written = laid && write_pdf(layout.pages, pdf, ld);
    fedisableexcept(FE_ALL_EXCEPT);
    if (!laid && !ld.has_errors()) __builtin_trap();
    if (laid && !written && !ld.has_errors()) __builtin_trap();
  }
  return 0;
}
