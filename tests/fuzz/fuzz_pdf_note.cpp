// The PDF record of an item whose note is arbitrary bytes: laid out (piece by piece when long),
// paginated and painted without a crash.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "definitions/definitions_loader.h"
#include "record/pdf_flow.h"
#include "record/pdf_record.h"
#include "record/record_model.h"

namespace {

// The pieces a long note is laid out in advance, never cut a UTF-8 character, never overrun.
void checkPieces(const std::string& note) {
    for (std::size_t start = 0; start < note.size();) {
        std::size_t end = vigie::pdf::pieceEnd(note, start, 64);
        if (end <= start || end > note.size() || end - start > 64) std::abort();
        if (end < note.size() && end - start > 1 && (static_cast<unsigned char>(note[end]) & 0xC0) == 0x80)
            std::abort();
        start = end;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const vigie::Catalog catalog = vigie::loadCatalog(VIGIE_SOURCE_DIR "/tests/core/record/fixtures/wizards");
    const std::string note(reinterpret_cast<const char*>(data), size);
    checkPieces(note);
    vigie::Profile profile;
    profile.label = "Fuzz";
    const std::string id = catalog.definitions.allItemIds().front();
    profile.items[id].status = vigie::ItemStatus::Attention;
    profile.items[id].note = note;
    vigie::RecordOptions options;
    options.wizardIds = {catalog.definitions.wizards.front().id};  // the note's wizard only: more runs
    vigie::RecordModel model = vigie::buildRecordModel(catalog, profile, options);
    std::optional<std::string> pdf = vigie::renderPdfRecord(model);
    if (!pdf || pdf->rfind("%PDF-", 0) != 0) std::abort();
    return 0;
}
