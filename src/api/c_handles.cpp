#include "api/c_handles.hpp"

#include <mutex>
#include <unordered_map>

namespace gongwen::detail {

namespace {

struct Entry {
  HandleKind kind;
  int users = 0;
  bool freed = false;  // freed while in use: the last user deletes it
};

struct Table {
  std::mutex mutex;
  std::unordered_map<const void*, Entry> entries;
};

Table& table() {
  static Table* t = new Table;  // leaked: handles may be freed from static destructors
  return *t;
}

}  // namespace

bool handle_add(const void* p, HandleKind kind) {
  Table& t = table();
  std::lock_guard lock(t.mutex);
  return t.entries.emplace(p, Entry{kind}).second;
}

bool handle_acquire(const void* p, HandleKind kind) {
  Table& t = table();
  std::lock_guard lock(t.mutex);
  auto it = t.entries.find(p);
  if (it == t.entries.end() || it->second.kind != kind || it->second.freed) return false;
  ++it->second.users;
  return true;
}

bool handle_release(const void* p) {
  Table& t = table();
  std::lock_guard lock(t.mutex);
  auto it = t.entries.find(p);
  if (it == t.entries.end()) return false;
  if (--it->second.users > 0 || !it->second.freed) return false;
  t.entries.erase(it);
  return true;
}

bool handle_remove(const void* p, HandleKind kind, bool& delete_now) {
  Table& t = table();
  std::lock_guard lock(t.mutex);
  auto it = t.entries.find(p);
  if (it == t.entries.end() || it->second.kind != kind || it->second.freed) return false;
  if (it->second.users > 0) {
    it->second.freed = true;
    delete_now = false;
  } else {
    t.entries.erase(it);
    delete_now = true;
  }
  return true;
}

}  // namespace gongwen::detail
