// Live C API handles: a process-wide, mutex-guarded table of the addresses handed out, so
// that a handle freed twice, used after free, or never ours is recognised without reading
// its memory (issue 8), plus a count of calls using each handle, so that a free racing
// with a call on another thread waits for nothing and frees nothing under that call: the
// last user deletes it.
//
// Not detectable: a freed address that the allocator has since handed out again for a
// new handle of the same kind (it is live again, so it is accepted as that new handle).
#pragma once

#include <cstddef>

namespace gongwen::detail {

enum class HandleKind { engine, options, result };

// Records a new handle.
bool handle_add(const void* p, HandleKind kind);
// Marks a call as using `p`; false when `p` is not a live handle of `kind`.
bool handle_acquire(const void* p, HandleKind kind);
// Ends a use; true when the handle was freed meanwhile and this was its last user, so
// the caller must delete it.
bool handle_release(const void* p);
// Frees: false when `p` is not a live handle of `kind`. Sets `delete_now` when no call
// uses it (else the last user deletes it).
bool handle_remove(const void* p, HandleKind kind, bool& delete_now);

// A use of a handle for the length of one C call. T is the handle's struct.
template <typename T>
class HandleUse {
 public:
  HandleUse(T* p, HandleKind kind) : p_(p && handle_acquire(p, kind) ? p : nullptr) {}
  ~HandleUse() {
    if (p_ && handle_release(p_)) delete p_;
  }
  HandleUse(const HandleUse&) = delete;
  HandleUse& operator=(const HandleUse&) = delete;
  explicit operator bool() const { return p_ != nullptr; }
  T* operator->() const { return p_; }
  T* get() const { return p_; }

 private:
  T* p_;
};

// Frees a handle of `kind`: 0 done (or p is NULL), 1 not a live handle.
template <typename T>
int handle_free(T* p, HandleKind kind) {
  if (!p) return 0;
  bool delete_now = false;
  if (!handle_remove(p, kind, delete_now)) return 1;
  if (delete_now) delete p;
  return 0;
}

}  // namespace gongwen::detail
