// Exporting the review record of all five shipped wizards, with a note on every item (the
// largest record a person produces), in each format. Targets: PDF < 100 ms, HTML < 10 ms.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

#include "definitions/definitions_loader.h"
#include "record/html_record.h"
#include "record/pdf_record.h"
#include "record/record_export.h"
#include "record/record_model.h"

using namespace vigie;

namespace {

const Catalog& shippedCatalog() {
    static const Catalog catalog = [] {
        ::setenv("VIGIE_LOCALE_DIR", VIGIE_BUILD_LOCALE_DIR, 0);
        return loadCatalog(VIGIE_SOURCE_DIR "/wizards");
    }();
    return catalog;
}

// Every item answered, a third needing attention, each with a note of a few lines.
Profile fullProfile() {
    Profile profile;
    profile.label = "Dupont & fils";
    profile.nic = "ab12345-ovh";
    std::size_t index = 0;
    for (const std::string& id : shippedCatalog().definitions.allItemIds()) {
        ItemState& state = profile.items[id];
        state.status = index++ % 3 == 0 ? ItemStatus::Attention : ItemStatus::Done;
        state.note =
            "Vérifié avec l’équipe le 14 mars : tout est en ordre, sauf le contrat de l’ancien "
            "serveur, "
            "qui sera résilié à l’échéance. Revoir avec la comptabilité avant la fin du trimestre.";
        state.changed = now();
    }
    profile.passes.emplace_back("secure", now());
    return profile;
}

RecordModel fullModel(Language language) {
    RecordOptions options;
    options.language = language;
    return buildRecordModel(shippedCatalog(), fullProfile(), options);
}

void modelOnly(benchmark::State& state) {
    Profile profile = fullProfile();
    RecordOptions options;
    options.language = Language::French;
    for (auto _ : state) benchmark::DoNotOptimize(buildRecordModel(shippedCatalog(), profile, options));
}

void htmlRecord(benchmark::State& state) {
    Profile profile = fullProfile();
    ExportOptions options;
    options.format = ExportOptions::Format::Html;
    options.language = Language::French;
    for (auto _ : state) benchmark::DoNotOptimize(renderRecord(shippedCatalog(), profile, options));
    state.counters["bytes"] = static_cast<double>(renderRecord(shippedCatalog(), profile, options)->size());
}

void pdfRecord(benchmark::State& state) {
    Profile profile = fullProfile();
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    options.language = Language::French;
    renderRecord(shippedCatalog(), profile, options);  // fontconfig's first scan is not the export's cost
    for (auto _ : state) benchmark::DoNotOptimize(renderRecord(shippedCatalog(), profile, options));
    state.counters["bytes"] = static_cast<double>(renderRecord(shippedCatalog(), profile, options)->size());
}

void pdfLayoutAndPaintOnly(benchmark::State& state) {
    RecordModel model = fullModel(Language::French);
    renderPdfRecord(model);
    for (auto _ : state) benchmark::DoNotOptimize(renderPdfRecord(model));
}

// The whole export as the Export dialog runs it, atomic write (fsync included) to a file.
void pdfExportToFile(benchmark::State& state) {
    Profile profile = fullProfile();
    ExportOptions options;
    options.language = Language::French;
    std::string path = (std::filesystem::temp_directory_path() / "vigie-bench-record.pdf").string();
    for (auto _ : state) exportRecord(shippedCatalog(), profile, options, path, {});
    std::filesystem::remove(path);
}

// One item whose note is a single unbroken word of state.range(0) bytes (a pasted key, a log
// line): the export must stay linear in the note's length. 128 KiB took 13 s when line breaking
// was quadratic; the target is well under a second.
void pdfLongUnbrokenNote(benchmark::State& state) {
    Profile profile;
    profile.label = "Long note";
    ItemState& item = profile.items[shippedCatalog().definitions.allItemIds().front()];
    item.status = ItemStatus::Attention;
    item.note = std::string(static_cast<std::size_t>(state.range(0)), 'x');
    ExportOptions options;
    options.language = Language::French;
    renderRecord(shippedCatalog(), profile, options);
    for (auto _ : state) benchmark::DoNotOptimize(renderRecord(shippedCatalog(), profile, options));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}

}  // namespace

BENCHMARK(pdfLongUnbrokenNote)->RangeMultiplier(2)->Range(8 << 10, 128 << 10)->Unit(benchmark::kMillisecond);
BENCHMARK(modelOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(htmlRecord)->Unit(benchmark::kMillisecond);
BENCHMARK(pdfRecord)->Unit(benchmark::kMillisecond);
BENCHMARK(pdfLayoutAndPaintOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(pdfExportToFile)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
