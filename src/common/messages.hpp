// The message catalog: a call site says which message (a diagnostic code, plus a variant
// where one code has several texts) and with what values; the text comes from the
// catalog in the chosen language (issue 14 point 5). Codes never change with the language.
#pragma once

#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "gongwen/diagnostic.hpp"

namespace gongwen::detail {

struct Message;

// One named value for a template's {name} (fmt named-argument syntax, e.g. {bytes},
// {mm:.1f}), or a message of its own, written in the same language (a phrase such as
// "a FIFO" inside "it is {kind}"). Names are string literals: they outlive the formatting.
struct MessageArg {
  using Value = std::variant<std::string, long long, unsigned long long, double,
                             std::shared_ptr<const Message>>;
  const char* name;
  Value value;

  MessageArg(const char* n, std::string_view v) : name(n), value(std::string(v)) {}
  MessageArg(const char* n, const std::string& v) : name(n), value(v) {}
  MessageArg(const char* n, const char* v) : name(n), value(std::string(v)) {}
  MessageArg(const char* n, double v) : name(n), value(v) {}
  MessageArg(const char* n, Message m);
  template <class T>
    requires(std::is_integral_v<T> && std::is_signed_v<T> && !std::is_same_v<T, char>)
  MessageArg(const char* n, T v) : name(n), value(static_cast<long long>(v)) {}
  template <class T>
    requires(std::is_integral_v<T> && std::is_unsigned_v<T> && !std::is_same_v<T, bool>)
  MessageArg(const char* n, T v) : name(n), value(static_cast<unsigned long long>(v)) {}
};

// Which message, with what values; rendered in a language by message_text().
struct Message {
  std::string code;     // "GW-E-BAD-DATE", or "cli" / "import-note" for non-diagnostic lines
  std::string variant;  // "" for the code's main text
  std::vector<MessageArg> args;
};

inline MessageArg::MessageArg(const char* n, Message m)
    : name(n), value(std::make_shared<const Message>(std::move(m))) {}

inline Message msg(std::string code, std::initializer_list<MessageArg> args = {}) {
  return {std::move(code), {}, args};
}
inline Message msg(std::string code, std::string variant, std::initializer_list<MessageArg> args = {}) {
  return {std::move(code), std::move(variant), args};
}

// One template of the catalog.
struct CatalogEntry {
  std::string_view code;
  std::string_view variant;
  std::string_view text;
};

// Every template of a language, in no particular order (src/common/messages/<lang>_*.cpp).
std::vector<CatalogEntry> catalog(Language language);

// The message's text in `language`. Never throws: a template missing from the catalog or
// not formatting with the arguments (a bug, caught by messages_test) yields a text that
// still names the code, the variant and every value.
std::string message_text(const Message& m, Language language);

// The diagnostic for a message.
Diagnostic make_diagnostic(Severity severity, const Message& m, Language language,
                           SourceLocation where);

}  // namespace gongwen::detail
