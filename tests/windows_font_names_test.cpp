// Issue 12 §5: styles name fonts as Windows does (仿宋_GB2312, SimHei …). The installed
// font is used when fontconfig knows the name (here through an alias, as a user's
// fonts.conf would say it); otherwise the role's default, with one warning.
#include <gtest/gtest.h>
#include <fontconfig/fontconfig.h>

#include <filesystem>
#include <string>

#include "common/diagnostics.hpp"
#include "gongwen/gongwen.hpp"
#include "style/style.hpp"
#include "support/files.hpp"
#include "support/system_fonts.hpp"
#include "text/font_provider.hpp"
#include "text/windows_font_names.hpp"

namespace gongwen::detail {
namespace {

std::filesystem::path temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("gongwen-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(WindowsFontNames, TheNamesUsersWriteAreRecognised) {
  std::string family;
  for (const char* n : {"仿宋_GB2312", "方正小标宋简体", "方正仿宋_GBK", "楷体_GB2312", "黑体", "宋体",
                        "FangSong", "SimSun", "SimHei", "KaiTi", "fc:SimSun"}) {
    EXPECT_TRUE(windows_font_name(n, family)) << n;
  }
  EXPECT_EQ(family, "SimSun");
  EXPECT_FALSE(windows_font_name("FandolFang-Regular.otf", family));
  EXPECT_FALSE(windows_font_name("fc:AR PL UMing CN", family));
}

TEST(WindowsFontNames, AbsentNameFallsBackToTheRoleDefaultWithOneWarning) {
  const auto dir = temp_dir("winfont");
  test::write_text(dir / "win.toml", "[fonts]\nfangsong = [\"仿宋_GB2312\"]\n");
  Engine engine;
  RenderOptions ro;
  ro.style_path = (dir / "win.toml").string();
  const std::string xml = "<gongwen><title>关于做好有关工作的通知</title>\n<body><p>正文。</p></body></gongwen>";
  RenderResult r = engine.render(xml, "win.xml", ro);
  ASSERT_TRUE(r.ok);
  int warnings = 0;
  for (const auto& d : r.diagnostics) {
    if (d.code != "GW-W-FONT-SUBSTITUTED") continue;
    ++warnings;
    EXPECT_NE(d.message.find("仿宋_GB2312"), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("FandolFang-Regular.otf"), std::string::npos) << d.message;
  }
  EXPECT_EQ(warnings, 1);
  // The same PDF as with the default style: the substitution is the role's default chain.
  RenderResult plain = engine.render(xml, "win.xml", {});
  ASSERT_TRUE(plain.ok);
  EXPECT_EQ(r.pdf, plain.pdf);
  std::filesystem::remove_all(dir);
}

TEST(WindowsFontNames, NameAliasedByFontconfigUsesTheInstalledFont) {
  // A configuration like a user's: the system's, plus 仿宋_GB2312 → AR PL UMing CN.
  const auto dir = temp_dir("fcalias");
  test::write_text(dir / "fonts.conf",
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                   "<fontconfig><include ignore_missing=\"no\">/etc/fonts/fonts.conf</include>\n"
                   "<alias binding=\"same\"><family>仿宋_GB2312</family>"
                   "<prefer><family>AR PL UMing CN</family></prefer></alias></fontconfig>\n");
  FcConfig* config = FcConfigCreate();
  ASSERT_NE(config, nullptr);
  ASSERT_TRUE(FcConfigParseAndLoad(config, reinterpret_cast<const FcChar8*>((dir / "fonts.conf").c_str()), FcTrue));
  ASSERT_TRUE(FcConfigBuildFonts(config));
  ASSERT_TRUE(FcConfigSetCurrent(config));  // the current configuration now owns it
  FcConfigDestroy(config);

  Style style;
  Diagnostics diags;
  ASSERT_TRUE(load_style("", {{"fangsong", "仿宋_GB2312"}}, style, diags));
  FontCache cache;
  RoleFonts fonts;
  ASSERT_TRUE(fonts.load(style, test::source_path("fonts/fandol"), cache, diags));
  for (const auto& d : diags.list()) EXPECT_NE(d.code, "GW-W-FONT-SUBSTITUTED") << d.message;
  const Font* primary = fonts.font(Role::fangsong, 0);
  ASSERT_NE(primary, nullptr);
  std::string path, error;
  unsigned index = 0;
  ASSERT_TRUE(cache.find_family("仿宋_GB2312", path, index, error, true)) << error;
  EXPECT_EQ(path, test::kUming);
  // Without the alias flag the name is not a family of any installed font.
  EXPECT_FALSE(cache.find_family("仿宋_GB2312", path, index, error, false));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gongwen::detail
