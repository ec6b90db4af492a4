// Spanish dialogue, set with the raya (—) as the Real Academia Española's Ortografía (2010,
// 3.4.3) sets it: a speech opens with a raya against its first word ("—¿Cómo?"), and the
// narrator's words inside or after it stand between an opening raya after a space and a
// closing one against the word before it ("—Bien —dijo ella—. Vamos."). A typewriter has no
// raya: transcriptions type a hyphen or two, "-¿Cómo? -dijo ella-.", which the house style's
// dash rule, written for the parenthetical dash, would set part as en dashes and part as
// hyphens.
#pragma once

#include <string_view>

#include "typography/text_edit.h"

namespace galley {

// A paragraph's typed dialogue dashes (one or two hyphens) become rayas:
//  - at the paragraph's start, before its first character: "-¿Cómo?" → "—¿Cómo?";
//  - after a space and against a word or an opening mark (¿ ¡ « ( and quotes), an incise
//    opens: "cosa -dijo" → "cosa —dijo";
//  - against the word or mark before it and before a space, punctuation or the end, an open
//    incise closes: "ella-." → "ella—.", "voces- ordenó" → "voces— ordenó".
// A closing dash with no incise open before it is left alone, as is every hyphen inside a word
// ("franco-alemán") and a run of three hyphens or more.
TextFix SetDialogueDashes(std::string_view text);

}  // namespace galley
