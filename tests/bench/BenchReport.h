#pragma once

// One line per figure that tests/bench/run_all.sh collects into its table:
//   BENCH<TAB>figure<TAB>value<TAB>unit<TAB>target<TAB>baseline-name<TAB>baseline-value
// target is text such as "<=16" (tests the value), "<=8x" (value within 8 times
// the baseline) or ">=100x" (at least 100 times faster than the baseline);
// empty when the figure has none;
// baseline-name/value name a reference run in the same process or script
// ("wc -l", "TextFSM"), empty when there is none. Benchmarks keep their own
// human-readable output too; only these lines are machine-read.
#include <cstdio>

namespace bench {
inline void report(const char *figure, double value, const char *unit, const char *target = "",
                   const char *baselineName = "", double baselineValue = 0)
{
    if (baselineName && *baselineName)
        std::printf("BENCH\t%s\t%.4g\t%s\t%s\t%s\t%.4g\n", figure, value, unit, target,
                    baselineName, baselineValue);
    else
        std::printf("BENCH\t%s\t%.4g\t%s\t%s\t\t\n", figure, value, unit, target);
    std::fflush(stdout);
}
} // namespace bench
