// Result<T> holds a value or an Error; Status is a Result without a value. Success is cheap
// and failure carries its place. Accessing the wrong alternative is a programming error.
#pragma once

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

#include "base/error.h"

namespace galley {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(state_); }
  const T& value() const& { assert(ok()); return std::get<0>(state_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(state_); }
  Error&& take_error() { assert(!ok()); return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { assert(!ok()); return *error_; }
  Error&& take_error() { assert(!ok()); return std::move(*error_); }

 private:
  std::optional<Error> error_;
};

}  // namespace galley

// Returns early from a function returning Status or Result<U> when `expr` (a Status) failed.
#define GALLEY_RETURN_IF_ERROR(expr)                        \
  do {                                                      \
    auto galley_status_ = (expr);                           \
    if (!galley_status_.ok()) return galley_status_.take_error(); \
  } while (0)
