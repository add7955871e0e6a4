#include "common/messages.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

#include "common/messages/catalog_parts.hpp"

namespace gongwen::detail {
namespace {

using Key = std::pair<std::string_view, std::string_view>;  // code, variant
using Index = std::map<Key, std::string_view>;

Index build_index(Language language) {
  Index index;
  for (const CatalogEntry& e : catalog(language)) index.emplace(Key{e.code, e.variant}, e.text);
  return index;
}

const Index& index_for(Language language) {
  // Built once, on first use (thread-safe static initialisation); read-only after.
  static const Index en = build_index(Language::en);
  static const Index zh = build_index(Language::zh);
  return language == Language::zh ? zh : en;
}

std::string value_text(const MessageArg::Value& v) {
  if (const auto* nested = std::get_if<std::shared_ptr<const Message>>(&v)) {
    return *nested ? (*nested)->code + "/" + (*nested)->variant : std::string();
  }
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* i = std::get_if<long long>(&v)) return fmt::format("{}", *i);
  if (const auto* u = std::get_if<unsigned long long>(&v)) return fmt::format("{}", *u);
  return fmt::format("{}", std::get<double>(v));
}

// What a reader still gets when a template is missing or malformed: code, variant, values.
std::string fallback_text(const Message& m) {
  std::string s = m.code;
  if (!m.variant.empty()) s += "/" + m.variant;
  for (const MessageArg& a : m.args) s += fmt::format(" {}={}", a.name, value_text(a.value));
  return s;
}

// Arguments named "element", "parent" name an XML element: written <title> in English and
// <title>（标题） in Chinese, the GB/T 9704 name beside the contract's.
bool names_element(const char* name) {
  return std::string_view(name) == "element" || std::string_view(name) == "parent";
}

std::string element_text(const std::string& element, Language language) {
  std::string s = "<" + element + ">";
  if (language == Language::zh) {
    if (std::string_view zh = zh_element_name(element); !zh.empty()) {
      s += fmt::format("（{}）", zh);
    }
  }
  return s;
}

}  // namespace

std::vector<CatalogEntry> catalog(Language language) {
  std::vector<CatalogEntry> all;
  for (auto part : language == Language::zh ? zh_catalog_parts() : en_catalog_parts()) {
    all.insert(all.end(), part.begin(), part.end());
  }
  return all;
}

std::string message_text(const Message& m, Language language) {
  const Index& index = index_for(language);
  auto it = index.find(Key{m.code, m.variant});
  if (it == index.end()) return fallback_text(m);
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const MessageArg& a : m.args) {
    if (const auto* nested = std::get_if<std::shared_ptr<const Message>>(&a.value)) {
      store.push_back(fmt::arg(a.name, *nested ? message_text(**nested, language) : std::string()));
    } else if (const auto* text = std::get_if<std::string>(&a.value)) {
      store.push_back(fmt::arg(a.name, names_element(a.name) ? element_text(*text, language) : *text));
    } else if (const auto* i = std::get_if<long long>(&a.value)) {
      store.push_back(fmt::arg(a.name, *i));
    } else if (const auto* u = std::get_if<unsigned long long>(&a.value)) {
      store.push_back(fmt::arg(a.name, *u));
    } else {
      store.push_back(fmt::arg(a.name, std::get<double>(a.value)));
    }
  }
  try {
    return fmt::vformat(it->second, store);
  } catch (const std::exception&) {  // a template/argument mismatch: a bug, never a throw
    return fallback_text(m);
  }
}

Diagnostic make_diagnostic(Severity severity, const Message& m, Language language,
                           SourceLocation where) {
  return {severity, m.code, message_text(m, language), std::move(where)};
}

}  // namespace gongwen::detail
