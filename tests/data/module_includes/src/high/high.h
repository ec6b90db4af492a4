#pragma once
#include "low/low.h"
#include "low/part/part.h"
#include <vector>
