// What a division may be (docs/manuscript.md, "Divisions"): the roles a `<division role="…">`
// may give, any with any kind. Defined once for the parser, which refuses another, and the
// print template, whose division-title.hide names roles.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace galley::model {

// biography, foreword, preface, introduction, … colophon, in the documentation's order.
std::span<const std::string_view> DivisionRoles();

bool IsDivisionRole(std::string_view role);

// "biography, foreword, …": the roles for a hint.
std::string DivisionRoleList();

}  // namespace galley::model
