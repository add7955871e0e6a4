// The machine-readable schema: every sample validates, and it rejects what the contract
// forbids (so the schema is not a rubber stamp).
#include <gtest/gtest.h>

#include <filesystem>

#include "support/files.hpp"

namespace gongwen {
namespace {

using test::run_command;
using test::source_path;

test::CommandResult validate(const std::string& file) {
  return run_command("xmllint --noout --relaxng '" + source_path("schema/gongwen.rng") + "' '" +
                     file + "'");
}

TEST(Schema, EverySampleValidates) {
  int n = 0;
  for (const auto& e : std::filesystem::directory_iterator(source_path("samples"))) {
    if (e.path().extension() != ".xml") continue;
    test::CommandResult r = validate(e.path().string());
    EXPECT_EQ(r.status, 0) << e.path() << "\n" << r.out;
    ++n;
  }
  EXPECT_GE(n, 9);
}

TEST(Schema, RejectsWhatTheContractForbids) {
  test::TempDir dir;
  const std::pair<const char*, const char*> bad[] = {
      {"unknown-element.xml", "<gongwen><body><p>x</p></body><bogus/></gongwen>"},
      {"no-body.xml", "<gongwen><title>t</title></gongwen>"},
      {"bad-format.xml", "<gongwen format=\"memo\"><body/></gongwen>"},
      {"bad-date.xml",
       "<gongwen><body/><signature><date>2022年3月31日</date></signature></gongwen>"},
      {"br-in-p.xml", "<gongwen><body><p>a<br/>b</p></body></gongwen>"},
  };
  for (const auto& [name, xml] : bad) {
    auto path = dir / name;
    test::write_text(path, xml);
    EXPECT_NE(validate(path.string()).status, 0) << name;
  }
}

}  // namespace
}  // namespace gongwen
