#include "model/division_roles.h"

#include <algorithm>

namespace galley::model {

namespace {

constexpr std::string_view kRoles[] = {
    "biography", "foreword",   "preface",  "introduction", "prologue", "epigraph", "dedication",
    "acknowledgments", "epilogue", "afterword", "appendix", "notes", "colophon"};

}  // namespace

std::span<const std::string_view> DivisionRoles() { return kRoles; }

bool IsDivisionRole(std::string_view role) {
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

std::string DivisionRoleList() {
  std::string roles;
  for (std::string_view known : kRoles) {
    if (!roles.empty()) roles += ", ";
    roles += known;
  }
  return roles;
}

}  // namespace galley::model
