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
  // Each differs from a valid document in one way only (the first is that document), so a
  // rejection is for the reason named.
  const std::string good = "<gongwen><title>t</title><body><p>x</p></body></gongwen>";
  test::write_text(dir / "good.xml", good);
  ASSERT_EQ(validate((dir / "good.xml").string()).status, 0);
  const std::pair<const char*, const char*> bad[] = {
      {"unknown-element.xml", "<gongwen><title>t</title><body><p>x</p></body><bogus/></gongwen>"},
      {"no-body.xml", "<gongwen><title>t</title></gongwen>"},
      {"bad-format.xml", "<gongwen format=\"memo\"><title>t</title><body/></gongwen>"},
      {"bad-date.xml",
       "<gongwen><title>t</title><body/><signature><issuer>甲</issuer><date>2022年3月31日</date>"
       "</signature></gongwen>"},
      {"br-in-p.xml", "<gongwen><title>t</title><body><p>a<br/>b</p></body></gongwen>"},
      {"no-title.xml", "<gongwen><body><p>x</p></body></gongwen>"},
      {"order-suffix.xml",
       "<gongwen format=\"order\"><masthead suffix=\"文件\"><issuer>某省人民政府</issuer>"
       "</masthead><body/></gongwen>"},
      {"attendees-in-document.xml",
       "<gongwen><title>t</title><body/><attendees>甲</attendees></gongwen>"},
      {"section-without-heading.xml",
       "<gongwen><title>t</title><body><section><p>x</p></section></body></gongwen>"},
      {"unknown-attribute.xml",
       "<gongwen><title>t</title><body/><colophon><cc lable=\"送\">x</cc></colophon></gongwen>"},
  };
  for (const auto& [name, xml] : bad) {
    auto path = dir / name;
    test::write_text(path, xml);
    EXPECT_NE(validate(path.string()).status, 0) << name;
  }
}

}  // namespace
}  // namespace gongwen
