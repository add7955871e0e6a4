// README's diagnostics table is the list users read: every code the library can report
// must have a row there (project rule: "README's diagnostics table gets every new code").
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include "support/files.hpp"

namespace gongwen {
namespace {

// The "## Diagnostics" section of README.md, up to the next section.
std::string diagnostics_section() {
  std::string readme = test::read_text(test::source_path("README.md"));
  std::size_t start = readme.find("\n## Diagnostics");
  if (start == std::string::npos) return {};
  std::size_t end = readme.find("\n## ", start + 1);
  return readme.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// Every "GW-E-…"/"GW-W-…" string literal in the library's sources.
std::set<std::string> codes_in_sources() {
  std::set<std::string> codes;
  const std::regex code("\"(GW-[EW]-[A-Z0-9-]+)\"");
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(test::source_path("src"))) {
    if (!entry.is_regular_file()) continue;
    std::string text = test::read_text(entry.path().string());
    for (std::sregex_iterator m(text.begin(), text.end(), code), end; m != end; ++m) {
      codes.insert((*m)[1].str());
    }
  }
  return codes;
}

TEST(Readme, DiagnosticsTableListsEveryCodeTheLibraryReports) {
  std::string table = diagnostics_section();
  ASSERT_FALSE(table.empty()) << "README.md has no \"## Diagnostics\" section";
  std::set<std::string> codes = codes_in_sources();
  ASSERT_GT(codes.size(), 20u);  // the scan found the library's codes at all
  for (const std::string& c : codes) {
    std::regex row("\\|[^\\n]*" + c + "(?![A-Z0-9-])");
    EXPECT_TRUE(std::regex_search(table, row)) << c << " has no row in README's diagnostics table";
  }
}

TEST(Readme, DiagnosticsTableHasTheCharacterAndEntityCodes) {
  std::string table = diagnostics_section();
  EXPECT_NE(table.find("| GW-E-BAD-CHARACTER |"), std::string::npos);
  EXPECT_NE(table.find("| GW-E-XML-ENTITY |"), std::string::npos);
}

}  // namespace
}  // namespace gongwen
