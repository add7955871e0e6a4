#include "cli/cli_text.hpp"

#include <atomic>

namespace gongwen::cli {

namespace {

std::atomic<Language> current{Language::en};

struct Entry {
  Text id;
  const char* en;
  const char* zh;
};

// One row per message: English, then Chinese for office staff (plain words, the option
// names kept as typed).
constexpr Entry kTexts[] = {
    {Text::shard_usage, "error: --shard takes K/N with 1 <= K <= N, got '{0}'",
     "错误：--shard 的写法是 K/N（1 ≤ K ≤ N），现在是“{0}”"},
    {Text::same_output,
     "error: {0} and {1} would both be written to {2}; rename one, or render them in separate "
     "runs (nothing was rendered)",
     "错误：{0} 和 {1} 会写到同一个文件 {2}；请给其中一个改名，或分两次转换（未转换任何文件）"},
    {Text::same_input, "error: {0} and {1} are the same file; name it once (nothing was rendered)",
     "错误：{0} 和 {1} 是同一个文件，请只写一次（未转换任何文件）"},
    {Text::output_is_input,
     "error: the PDF of {0} would be written to {1}, which is the input {2}; choose another -o "
     "(nothing was rendered)",
     "错误：{0} 的 PDF 会写到 {1}，而它是输入文件 {2}；请换一个 -o（未转换任何文件）"},
    {Text::stdout_one_input,
     "error: -o - writes one PDF to standard output, but {0} inputs were given; give one input "
     "or an output folder",
     "错误：-o - 只能把一个 PDF 写到标准输出，现在有 {0} 个输入；请只给一个输入，或给一个输出文件夹"},
    {Text::stdin_needs_file,
     "error: standard input (-) has no file name; give -o FILE.pdf or -o - (an output folder "
     "cannot name its PDF)",
     "错误：标准输入（-）没有文件名；请用 -o 文件.pdf 或 -o -（输出文件夹无法给它命名）"},
    {Text::stdout_terminal,
     "error: refusing to write a PDF to the terminal; redirect standard output (> out.pdf) or "
     "give -o FILE.pdf",
     "错误：不把 PDF 写到终端屏幕上；请重定向标准输出（> out.pdf）或用 -o 文件.pdf"},
    {Text::stdout_conflict,
     "error: standard output can carry only one thing, and {0} also writes there; send one of "
     "them to a file",
     "错误：标准输出只能放一样东西，而 {0} 也要写到那里；请把其中一个写到文件"},
    {Text::stdout_incomplete,
     "the PDF could not be written whole to standard output ({0}); what was written is "
     "incomplete: free space or fix the receiving end and run again",
     "PDF 没能完整写到标准输出（{0}），已写出的部分不完整；请腾出空间或检查接收方后重新运行"},
    {Text::style_unusable, "error: --style {0}: {1}", "错误：--style {0}：{1}"},
    {Text::style_errors, "the style file has errors (above); correct them",
     "样式文件有错误（见上方），请改正"},
    {Text::no_such_file, "no such file", "文件不存在"},
    {Text::is_a_folder, "a folder, not a file", "这是文件夹，不是文件"},
    {Text::font_form, "error: --font takes ROLE=PATH (or ROLE=fc:Family), got '{0}'",
     "错误：--font 的写法是 角色=路径（或 角色=fc:字体名），现在是“{0}”"},
    {Text::font_role, "error: --font {0}: unknown role; the roles are {1}",
     "错误：--font {0}：没有这个角色；可用的角色是 {1}"},
    {Text::font_unusable, "error: --font {0}: {1}", "错误：--font {0}：{1}"},
    {Text::lang_usage, "error: --lang takes zh or en, got '{0}'",
     "错误：--lang 只能是 zh 或 en，现在是“{0}”"},
    {Text::import_report_unwritable, "error: cannot write the report {0}",
     "错误：无法写入报告文件 {0}"},
    {Text::xml_over_input,
     "error: refusing to write the XML over the input {0}; choose another -o",
     "错误：不能把 XML 写到输入文件 {0} 上；请换一个 -o"},
    {Text::imported, "imported {0} -> {1}", "已导入 {0} -> {1}"},
    {Text::imported_incomplete, "written INCOMPLETE (--partial) {0} -> {1}",
     "已写出不完整的 XML（--partial）{0} -> {1}"},
    {Text::no_warn_not_warning,
     "error: --no-warn takes a warning or note code (GW-W-… or GW-N-…), got '{0}'; errors "
     "cannot be silenced",
     "错误：--no-warn 只能用于警告或提示代码（GW-W-… 或 GW-N-…），现在是“{0}”；错误不能屏蔽"},
    {Text::unknown_command, "error: unknown command '{0}'; did you mean '{1}'?",
     "错误：没有“{0}”这个命令；您是想用“{1}”吗？"},
    {Text::unknown_command_list, "error: unknown command '{0}'; the commands are {1}",
     "错误：没有“{0}”这个命令；可用的命令有 {1}"},
    {Text::folder_unreadable, "error: cannot read folder {0}: {1}",
     "错误：无法读取文件夹 {0}：{1}"},
    {Text::report_unwritable, "error: cannot write the report {0}",
     "错误：无法写入报告文件 {0}"},
    // CLI11 writes its usage errors in English; a Chinese reader gets a Chinese lead and
    // where to look, with CLI11's detail (it names the option) kept as it is.
    {Text::usage_parse, "{0}\nRun with --help for more information.",
     "用法错误（命令行写得不对）：{0}\n运行 {1} --help 查看各选项的写法。"},
    {Text::line_ok, "ok {0} -> {1} ({2} page{4}, {3:.1f} ms)",
     "完成 {0} -> {1}（{2} 页，{3:.1f} 毫秒）"},
    {Text::line_valid, "valid {0} ({1} page{3}, {2:.1f} ms)", "通过 {0}（{1} 页，{2:.1f} 毫秒）"},
    {Text::line_failed, "FAILED {0}", "失败 {0}"},
    {Text::line_skipped, "skipped {0}: {1} is up to date", "跳过 {0}：{1} 已是最新"},
    {Text::summary_render, "{0} rendered, {1} failed, {2:.2f} s ({3:.1f} documents/s)",
     "转换 {0} 个，失败 {1} 个，用时 {2:.2f} 秒（每秒 {3:.1f} 份）"},
    {Text::summary_validate, "{0} valid, {1} failed, {2:.2f} s ({3:.1f} documents/s)",
     "通过 {0} 个，失败 {1} 个，用时 {2:.2f} 秒（每秒 {3:.1f} 份）"},
    {Text::summary_skipped, ", {0} skipped (up to date)", "，跳过 {0} 个（已是最新）"},
};

}  // namespace

void set_cli_language(Language language) { current = language; }
Language cli_language() { return current; }

const char* text_of(Text id, Language language) {
  for (const Entry& e : kTexts) {
    if (e.id == id) return language == Language::zh ? e.zh : e.en;
  }
  return "";  // every Text has a row (cli_text_test checks it)
}

}  // namespace gongwen::cli
