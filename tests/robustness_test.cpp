// Hostile and broken input never crashes the engine: every render returns either a PDF
// or error diagnostics. Inputs are the samples mutated by a fixed-seed generator, so a
// failure reproduces.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <regex>
#include <set>
#include <string>

#include "common/utf8.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

using namespace test;

// Every diagnostic code README's table documents (the contract's list, written by hand).
std::set<std::string> documented_codes() {
  const std::string readme = read_text(source_path("README.md"));
  std::set<std::string> codes;
  const std::regex code(R"(GW-[EW]-[A-Z0-9]+(-[A-Z0-9]+)*)");
  for (auto it = std::sregex_iterator(readme.begin(), readme.end(), code);
       it != std::sregex_iterator(); ++it) {
    codes.insert(it->str());
  }
  return codes;
}

int line_count(const std::string& text) {
  return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

// What a render of `xml` must be, whatever the mutation: either a PDF that poppler opens
// with as many pages as the result says and no error diagnostic, or no PDF and at least
// one error, each diagnostic with a documented code and a place inside the input.
// Returns whether it rendered.
bool check_outcome(const RenderResult& r, const std::string& xml,
                   const std::set<std::string>& codes, const std::string& what) {
  SCOPED_TRACE(what);
  for (const Diagnostic& d : r.diagnostics) {
    EXPECT_TRUE(codes.count(d.code)) << "undocumented code " << d.code;
    if (d.severity != Severity::error) continue;
    EXPECT_EQ(d.where.file, "mutated.xml") << d.code;
    EXPECT_GE(d.where.line, 1) << d.code << ": " << d.message;
    EXPECT_LE(d.where.line, line_count(xml)) << d.code;
    EXPECT_GE(d.where.column, 1) << d.code << ": " << d.message;
  }
  if (r.ok) {
    EXPECT_FALSE(has_errors(r.diagnostics));
    EXPECT_GE(r.pages, 1);
    EXPECT_EQ(read_pdf_text(r.pdf).size(), static_cast<std::size_t>(r.pages));
  } else {
    EXPECT_TRUE(r.pdf.empty());
    EXPECT_TRUE(has_errors(r.diagnostics)) << "failed without an error diagnostic";
  }
  return r.ok;
}

RenderResult render_mutated(const std::string& xml) {
  RenderOptions ro;
  ro.base_dir = source_path("samples");
  return shared_engine().render(xml, "mutated.xml", ro);
}

const char* const kMutatedSamples[] = {"seed-002-tongzhi.xml", "joint-notice.xml",
                                       "minutes.xml"};

// Random edits (delete, insert, overwrite with any byte, copy a slice): the outcome may be
// either, but it must be one of the two clean ones.
TEST(Robustness, RandomlyMutatedSamplesRenderOrFailCleanly) {
  const std::set<std::string> codes = documented_codes();
  ASSERT_GT(codes.size(), 30u);  // the table parsed
  std::mt19937 rng(20261122);
  const std::string alphabet = "<>/&;\"' =\n\xe4\xb8\xad\xef\xbc\x8c-0123456789";
  for (int i = 0; i < 150; ++i) {
    std::string xml = read_text(source_path(std::string("samples/") + kMutatedSamples[i % 3]));
    int edits = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < edits; ++e) {
      std::size_t at = rng() % xml.size();
      switch (rng() % 4) {
        case 0: xml.erase(at, 1 + rng() % 16); break;                  // delete
        case 1: xml.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
        case 2: xml[at] = static_cast<char>(rng() % 256); break;       // any byte
        default: xml.insert(at, xml.substr(rng() % xml.size(), rng() % 64)); break;
      }
    }
    check_outcome(render_mutated(xml), xml, codes, "random mutation " + std::to_string(i));
  }
}

// Edits whose outcome follows from the edit itself, so the counts are known beforehand:
// cutting the input anywhere before the root's end tag leaves an unclosed element (XML 1.0
// §2.1: not well-formed), so all must fail; inserting 中 right after a <p>'s start tag, or
// a second copy of a whole <p>…</p>, keeps a valid notice, so all must render.
TEST(Robustness, MutationsWithAKnownOutcome) {
  const std::set<std::string> codes = documented_codes();
  std::mt19937 rng(20261201);
  int cut = 0, failed = 0, kept_valid = 0, rendered = 0;
  for (int i = 0; i < 30; ++i) {
    const std::string xml =
        read_text(source_path(std::string("samples/") + kMutatedSamples[i % 3]));
    const std::size_t root_end = xml.rfind("</gongwen>");
    ASSERT_NE(root_end, std::string::npos);
    // Cut: keep a prefix that ends before "</gongwen>".
    std::string prefix = xml.substr(0, rng() % root_end);
    ++cut;
    if (!check_outcome(render_mutated(prefix), prefix, codes, "cut " + std::to_string(i))) ++failed;
    // Keep valid: pick one of the <p> elements.
    std::vector<std::size_t> starts;
    for (std::size_t at = xml.find("<p>"); at != std::string::npos; at = xml.find("<p>", at + 1)) {
      starts.push_back(at);
    }
    ASSERT_FALSE(starts.empty());
    const std::size_t p = starts[rng() % starts.size()];
    const std::size_t p_end = xml.find("</p>", p) + 4;
    std::string more = xml;
    if (i % 2 == 0) {
      more.insert(p + 3, "中");
    } else {
      more.insert(p_end, xml.substr(p, p_end - p));
    }
    ++kept_valid;
    if (check_outcome(render_mutated(more), more, codes, "valid edit " + std::to_string(i))) {
      ++rendered;
    }
  }
  EXPECT_EQ(failed, cut);
  EXPECT_EQ(rendered, kept_valid);
}

TEST(Robustness, TruncatedInputAtEveryFewBytes) {
  const Engine& engine = shared_engine();
  std::string xml = read_text(source_path("samples/order.xml"));
  for (std::size_t n = 0; n < xml.size(); n += 37) {
    RenderResult r = engine.render(std::string_view(xml).substr(0, n), "cut.xml");
    EXPECT_FALSE(r.ok) << n;
    EXPECT_TRUE(has_errors(r.diagnostics)) << n;
  }
}

TEST(Fonts, FallbackIsUsedAndReportedPerCluster) {
  Rendered r = render_xml("<gongwen><title>关于表彰张喆同志的通知</title>\n<body><p>张喆、李堃、王玥同志。</p></body></gongwen>");
  ASSERT_TRUE(r.result.ok);
  const Diagnostic* w = nullptr;
  for (const auto& d : r.result.diagnostics) {
    if (d.code == "GW-W-FONT-FALLBACK" && d.message.find("fangsong") != std::string::npos) w = &d;
  }
  ASSERT_NE(w, nullptr);
  EXPECT_NE(w->message.find("U+5586"), std::string::npos);  // 喆
  EXPECT_NE(w->message.find("AR PL UMing"), std::string::npos);
  EXPECT_EQ(w->where.line, 2);
  // Only the missing characters come from the fallback; their neighbours stay Fandol.
  const PdfLine* line = r.pages[0].find(U"张喆");
  ASSERT_NE(line, nullptr);
  for (const PdfGlyph& g : line->glyphs) {
    bool rare = g.ch == U'喆' || g.ch == U'堃' || g.ch == U'玥';
    EXPECT_EQ(g.font.find("Fandol") == std::string::npos, rare) << detail::to_utf8(std::u32string(1, g.ch)) << " " << g.font;
  }
}

TEST(Fonts, CharactersNoFontHasAreOneErrorListingAll) {
  // U+0378 and U+E000 (an unassigned code point and a private-use one) are in no font.
  Rendered r = render_xml("<gongwen><title>标题</title>\n<body>\n<p>甲\xcd\xb8乙\xee\x80\x80</p></body></gongwen>");
  EXPECT_FALSE(r.result.ok);
  int count = 0;
  for (const auto& d : r.result.diagnostics) {
    if (d.code != "GW-E-MISSING-GLYPH") continue;
    ++count;
    EXPECT_NE(d.message.find("U+0378 "), std::string::npos);
    EXPECT_NE(d.message.find("U+E000 "), std::string::npos);
    EXPECT_NE(d.message.find("at 3:5"), std::string::npos) << d.message;
    EXPECT_EQ(d.where.line, 3);
  }
  EXPECT_EQ(count, 1);
  EXPECT_TRUE(r.result.pdf.empty());
}

}  // namespace
}  // namespace gongwen
