// The message catalog (issue 14 point 5): every code the library reports has an English
// and a Chinese text, both templates name the same arguments, and each formats with them.
#include <gtest/gtest.h>

#include <fmt/args.h>
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "common/messages.hpp"
#include "support/files.hpp"

namespace gongwen::detail {
namespace {

using Key = std::pair<std::string, std::string>;

std::map<Key, std::string> by_key(Language language) {
  std::map<Key, std::string> out;
  for (const CatalogEntry& e : catalog(language)) {
    EXPECT_TRUE(out.emplace(Key{e.code, e.variant}, e.text).second)
        << e.code << "/" << e.variant << " is in the catalog twice";
  }
  return out;
}

// The {name} / {name:spec} placeholders of a template, with their specs.
std::map<std::string, std::string> placeholders(const std::string& text) {
  std::map<std::string, std::string> out;
  const std::regex field("\\{([a-z_]+)(:[^}]*)?\\}");
  for (std::sregex_iterator m(text.begin(), text.end(), field), end; m != end; ++m) {
    out[(*m)[1].str()] = (*m)[2].str();
  }
  return out;
}

TEST(MessageCatalog, BothLanguagesHaveTheSameMessages) {
  const auto en = by_key(Language::en);
  const auto zh = by_key(Language::zh);
  ASSERT_GT(en.size(), 200u);  // the catalog was found at all
  for (const auto& [key, text] : en) {
    EXPECT_TRUE(zh.count(key)) << key.first << "/" << key.second << " has no Chinese text";
  }
  for (const auto& [key, text] : zh) {
    EXPECT_TRUE(en.count(key)) << key.first << "/" << key.second << " has no English text";
  }
}

TEST(MessageCatalog, BothTextsNameTheSameArguments) {
  const auto en = by_key(Language::en);
  const auto zh = by_key(Language::zh);
  for (const auto& [key, text] : en) {
    auto it = zh.find(key);
    if (it == zh.end()) continue;
    std::set<std::string> a, b;
    for (const auto& [name, spec] : placeholders(text)) a.insert(name);
    for (const auto& [name, spec] : placeholders(it->second)) b.insert(name);
    EXPECT_EQ(a, b) << key.first << "/" << key.second << ": " << text << " | " << it->second;
  }
}

// Each template formats with a value for each of its arguments (a number where the spec
// asks for one); fmt throws on a malformed template or a missing argument.
TEST(MessageCatalog, EveryTemplateFormatsWithItsArguments) {
  for (Language language : {Language::en, Language::zh}) {
    for (const CatalogEntry& e : catalog(language)) {
      const std::string text(e.text);
      fmt::dynamic_format_arg_store<fmt::format_context> store;
      std::vector<std::string> names;
      for (const auto& [name, spec] : placeholders(text)) names.push_back(name);
      const auto specs = placeholders(text);
      for (const std::string& name : names) {
        const bool number = specs.at(name).find_first_of("fdg") != std::string::npos;
        if (number) {
          store.push_back(fmt::arg(name.c_str(), 1.5));
        } else {
          store.push_back(fmt::arg(name.c_str(), std::string("X")));
        }
      }
      EXPECT_NO_THROW((void)fmt::vformat(text, store)) << e.code << "/" << e.variant << ": " << text;
      EXPECT_FALSE(text.empty()) << e.code << "/" << e.variant;
    }
  }
}

// Every "GW-E-…"/"GW-W-…" code in the library's sources has a text in both languages.
TEST(MessageCatalog, EveryCodeInTheSourcesHasBothTexts) {
  std::set<std::string> codes_en, codes_zh;
  for (const CatalogEntry& e : catalog(Language::en)) codes_en.insert(std::string(e.code));
  for (const CatalogEntry& e : catalog(Language::zh)) codes_zh.insert(std::string(e.code));
  const std::regex code("\"(GW-[EW]-[A-Z0-9-]+)\"");
  std::set<std::string> found;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(test::source_path("src"))) {
    if (!entry.is_regular_file()) continue;
    if (entry.path().parent_path().filename() == "messages") continue;  // the catalog itself
    std::string text = test::read_text(entry.path().string());
    for (std::sregex_iterator m(text.begin(), text.end(), code), end; m != end; ++m) {
      found.insert((*m)[1].str());
    }
  }
  ASSERT_GT(found.size(), 50u);
  for (const std::string& c : found) {
    EXPECT_TRUE(codes_en.count(c)) << c << " has no English text in the catalog";
    EXPECT_TRUE(codes_zh.count(c)) << c << " has no Chinese text in the catalog";
  }
}

TEST(MessageText, ChineseNamesTheElementByItsStandardName) {
  const Message m = msg("GW-E-BAD-DATE", {{"element", "date"}, {"value", "2024-13-01"}});
  EXPECT_EQ(message_text(m, Language::zh),
            "<date>（成文日期）的日期“2024-13-01”不存在；请写成 YYYY-MM-DD，如 2022-03-31");
  EXPECT_EQ(message_text(m, Language::en),
            "<date> \"2024-13-01\" is not a real date; write it as YYYY-MM-DD, e.g. 2022-03-31");
}

TEST(MessageText, AMessageInsideAMessageIsInTheSameLanguage) {
  const Message m = msg("GW-E-OUTPUT-NOT-REGULAR",
                        {{"path", "/dev/x"}, {"what", msg("file-kind", "fifo")}});
  EXPECT_NE(message_text(m, Language::zh).find("它是命名管道（FIFO），不是普通文件"), std::string::npos)
      << message_text(m, Language::zh);
  EXPECT_NE(message_text(m, Language::en).find("it is a FIFO (named pipe), not a regular file"),
            std::string::npos);
}

TEST(MessageText, AMissingTemplateStillNamesCodeAndValues) {
  const Message m = msg("GW-E-NO-SUCH", "variant", {{"value", 7}});
  EXPECT_EQ(message_text(m, Language::zh), "GW-E-NO-SUCH/variant value=7");
}

}  // namespace
}  // namespace gongwen::detail
