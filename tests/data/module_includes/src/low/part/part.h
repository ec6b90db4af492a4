// A part of low that reaches up into high: the one breach the test expects.
#pragma once
#include "low/low.h"

#include "high/high.h"
