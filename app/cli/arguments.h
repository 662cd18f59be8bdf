// A small, strict command-line parser: every command declares its options, anything else is a
// usage error. Accepts "--name value", "--name=value", "-o value", and "--" before positionals.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "i18n/translator.h"

namespace vigie::cli {

// The command line is wrong; the message is already translated.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;  // without the dashes: "note"
    char shortName = 0;  // 'o' for -o, 0 for none
    bool takesValue = false;
};

struct ParsedArguments {
    std::vector<std::string> positionals;
    std::map<std::string, std::vector<std::string>> options;  // flags map to one empty value

    bool has(const std::string& name) const { return options.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const;  // the last one given
    std::vector<std::string> values(const std::string& name) const;
};

ParsedArguments parseArguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs,
                               const Translator& tr);

// The options every command accepts.
const std::vector<OptionSpec>& commonOptions();  // --lang CODE, --help

// Finds "--lang CODE" or "--lang=CODE" anywhere before "--": the language every message of this
// run is printed in. Throws UsageError (in English and French alike) for an unknown code.
std::optional<Language> languageArgument(const std::vector<std::string>& args);

}  // namespace vigie::cli
