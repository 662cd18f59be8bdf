// The wizard loader on arbitrary bytes: a broken file is reported as DefinitionErrors, never a
// crash. The loader reads files, so each input is written to one private file first.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>
#include <string>
#include <unistd.h>

#include "definitions/definitions_loader.h"

namespace {

const std::string& inputPath() {
    static const std::string path = [] {
        char pattern[] = "/tmp/vigie-fuzz-wizard-XXXXXX";
        int fd = ::mkstemp(pattern);
        if (fd >= 0) ::close(fd);
        std::string made = pattern;
        std::atexit([] { std::remove(inputPath().c_str()); });
        return made;
    }();
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const vigie::LinkCatalog links = vigie::loadCatalog(VIGIE_SOURCE_DIR "/wizards").links;
    std::FILE* file = std::fopen(inputPath().c_str(), "wb");
    if (!file) return 0;
    std::fwrite(data, 1, size, file);
    std::fclose(file);
    std::vector<vigie::DefinitionError> errors;
    std::optional<vigie::Wizard> wizard = vigie::loadWizardFile(inputPath(), links, errors);
    if (!wizard && errors.empty()) __builtin_trap();  // refused without saying why
    return 0;
}
