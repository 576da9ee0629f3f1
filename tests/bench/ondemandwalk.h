// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

// The import bound's on-demand reading: every key, string, number and literal of a JSON text read and checked by
// simdjson's on-demand API, nothing kept. `capacity` counts the readable bytes behind `json` (at least its size and
// simdjson's padding). Returns false on any error; `checksum` sums what was read, so nothing is optimised away.
// simdjson's on-demand code is compiled into its caller for the processor the compiler targets (the baseline x86-64
// here: its "fallback" implementation), while the DOM parser picks the best one at run time. Compiled for AVX2 or
// AVX-512 on these machines, the same reading took as long (within 5 %): its cost is in reading values, not in
// finding them. onDemandImplementation() names the one compiled in.
bool walkOnDemand(const char *json, std::size_t size, std::size_t capacity, std::uint64_t &checksum);
const char *onDemandImplementation();
