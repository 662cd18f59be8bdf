// The meter against plain zxcvbn-c on the same inputs, in the same run, at 8 to 128 characters.
// Target: the meter's median at most 1.5x zxcvbn's, and under 1 ms at 64 characters. Run with
//   bench_password --benchmark_repetitions=10 --benchmark_report_aggregates_only=true
// Two kinds of input: random printable characters (few words to find) and French passphrase-like
// text (many dictionary words, the meter's worst case).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include <zxcvbn.h>

#include "password/strength_meter.h"
#include "password/word_lists.h"

namespace {

using vigie::password::AccountContext;
using vigie::password::StrengthMeter;

// Deterministic, so every run measures the same strings.
std::string randomPrintable(std::size_t length) {
    std::uint32_t state = 12345;
    std::string text;
    while (text.size() < length) {
        state = state * 1664525u + 1013904223u;
        text += static_cast<char>('!' + (state >> 24) % 94);
    }
    return text;
}

std::string frenchWords(std::size_t length) {
    const std::string source =
        "Brouette-lavande7Carotte-sapin!soleil2024Marseille_jardin$Maison-ch3val8bonjour+"
        "Tournesol-parapluie9Escargot;fromage";
    std::string text;
    while (text.size() < length) text += source;
    return text.substr(0, length);
}

std::string input(const benchmark::State& state, bool words) {
    auto length = static_cast<std::size_t>(state.range(0));
    return words ? frenchWords(length) : randomPrintable(length);
}

const StrengthMeter& meter() {
    static const StrengthMeter instance(AccountContext{{"ab12345-ovh"}, {"jean.dupont@example.fr"}, {"Jean Dupont"}});
    return instance;
}

void meterEvaluate(benchmark::State& state, bool words) {
    std::string password = input(state, words);
    const StrengthMeter& m = meter();
    for (auto _ : state) benchmark::DoNotOptimize(m.evaluate(password).entropyBits);
}

void plainZxcvbn(benchmark::State& state, bool words) {
    std::string password = input(state, words);
    for (auto _ : state) benchmark::DoNotOptimize(ZxcvbnMatch(password.c_str(), nullptr, nullptr));
}

void BM_Meter_Random(benchmark::State& state) { meterEvaluate(state, false); }
void BM_Zxcvbn_Random(benchmark::State& state) { plainZxcvbn(state, false); }
void BM_Meter_FrenchWords(benchmark::State& state) { meterEvaluate(state, true); }
void BM_Zxcvbn_FrenchWords(benchmark::State& state) { plainZxcvbn(state, true); }

#define VIGIE_LENGTHS ->Arg(8)->Arg(16)->Arg(32)->Arg(64)->Arg(128)->Unit(benchmark::kMicrosecond)
BENCHMARK(BM_Meter_Random) VIGIE_LENGTHS;
BENCHMARK(BM_Zxcvbn_Random) VIGIE_LENGTHS;
BENCHMARK(BM_Meter_FrenchWords) VIGIE_LENGTHS;
BENCHMARK(BM_Zxcvbn_FrenchWords) VIGIE_LENGTHS;

// Reading and indexing wfrench and passwords-fr.txt, what preloadWordLists() costs once.
void BM_LoadWordLists(benchmark::State& state) {
    auto paths = vigie::password::wordListPaths();
    for (auto _ : state) benchmark::DoNotOptimize(vigie::password::loadMeterDictionary(paths).index.nodeCount());
}
BENCHMARK(BM_LoadWordLists)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
