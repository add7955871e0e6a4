#include "style/toml_guard.hpp"

namespace gongwen::detail {
namespace {

enum class State { code, comment, basic, literal, multi_basic, multi_literal };

class Scanner {
 public:
  explicit Scanner(std::string_view t) : t_(t) {}

  // Offset of the first unsafe non-ASCII byte, or npos.
  std::size_t find_unsafe() {
    State st = State::code;
    while (i_ < t_.size()) {
      const char ch = t_[i_];
      switch (st) {
        case State::code:
          if (static_cast<unsigned char>(ch) >= 0x80) return i_;
          // Conservative where toml++ is lenient: a quote opens a string only where a key
          // or value can start, and # a comment only after a gap or a closed token, so
          // text toml++ may read as code (e.g. 'x"""§' in a bad value, found by the
          // fuzzer) is never taken for a string or comment here.
          if (ch == '#' && (prev_ == ' ' || prev_ == '\t' || prev_ == '\n' || prev_ == ']' ||
                            prev_ == '}' || prev_ == '"' || prev_ == '\'')) {
            st = State::comment;
          } else if (ch == '"' && value_can_start()) {
            st = opens("\"\"\"") ? State::multi_basic : State::basic;
          } else if (ch == '\'' && value_can_start()) {
            st = opens("'''") ? State::multi_literal : State::literal;
          }
          // After a string, code resumes just after a closed token: prev_ = last_ = quote.
          prev_ = ch;
          if (ch != ' ' && ch != '\t' && ch != '\r') last_ = ch;
          break;
        case State::comment:
          if (ch == '\n') {
            st = State::code;
            prev_ = last_ = '\n';
          }
          break;
        case State::basic:
          if (ch == '\\') ++i_;  // the escaped character cannot end the string
          if (ch == '"' || ch == '\n') st = State::code;
          break;
        case State::literal:
          if (ch == '\'' || ch == '\n') st = State::code;
          break;
        case State::multi_basic:
          if (ch == '\\') {
            if (std::size_t bad = after_line_ending_backslash(); bad != npos) return bad;
            ++i_;  // an escape: skip the escaped character
          } else if (closes("\"\"\"")) {
            st = State::code;
          }
          break;
        case State::multi_literal:
          if (closes("'''")) st = State::code;
          break;
      }
      ++i_;
    }
    return npos;
  }
  static constexpr std::size_t npos = std::string_view::npos;

 private:
  bool value_can_start() const {
    return last_ == '\n' || last_ == '=' || last_ == '[' || last_ == ',' || last_ == '{' ||
           last_ == '.';
  }
  // At t_[i_]: if `delim` starts here, step over all but its last character.
  bool opens(std::string_view delim) {
    if (t_.substr(i_, delim.size()) != delim) return false;
    i_ += delim.size() - 1;
    return true;
  }
  // At a backslash in a """ string: the parser tests the next character, and every one
  // after it while it skips whitespace, with the faulty function; the first character
  // that is not ASCII whitespace must be ASCII.
  std::size_t after_line_ending_backslash() const {
    std::size_t j = i_ + 1;
    while (j < t_.size() && (t_[j] == ' ' || t_[j] == '\t' || t_[j] == '\r' || t_[j] == '\n')) ++j;
    if (j < t_.size() && static_cast<unsigned char>(t_[j]) >= 0x80) return j;
    return npos;
  }
  // At the closing delimiter of a multi-line string: up to two more quotes belong to the
  // string's content (in TOML, """a"""" is the string a").
  bool closes(std::string_view delim) {
    if (!opens(delim)) return false;
    for (int extra = 0; extra < 2 && i_ + 1 < t_.size() && t_[i_ + 1] == delim[0]; ++extra) ++i_;
    return true;
  }

  std::string_view t_;
  std::size_t i_ = 0;
  char prev_ = '\n';  // the code character just before, '\n' at a line start
  char last_ = '\n';  // the last code character that is not a space or tab
};

}  // namespace

bool toml_non_ascii_is_safe(std::string_view text, const std::string& file, Diagnostics& diags) {
  const std::size_t bad = Scanner(text).find_unsafe();
  if (bad == Scanner::npos) return true;
  SourceMap map(file, text);
  diags.error_at(msg("GW-E-STYLE", "non-ascii"), map.locate(bad));
  return false;
}

}  // namespace gongwen::detail
