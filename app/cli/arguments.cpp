#include "cli/arguments.h"

namespace vigie::cli {

std::optional<std::string> ParsedArguments::value(const std::string& name) const {
    auto found = options.find(name);
    if (found == options.end() || found->second.empty()) return std::nullopt;
    return found->second.back();
}

std::vector<std::string> ParsedArguments::values(const std::string& name) const {
    auto found = options.find(name);
    return found == options.end() ? std::vector<std::string>{} : found->second;
}

const std::vector<OptionSpec>& commonOptions() {
    static const std::vector<OptionSpec> options{{"lang", 0, true}, {"help", 'h', false}};
    return options;
}

namespace {

const OptionSpec* findSpec(const std::vector<OptionSpec>& specs, const std::string& name, char shortName) {
    for (const OptionSpec& spec : specs)
        if ((shortName == 0 && spec.name == name) || (shortName != 0 && spec.shortName == shortName)) return &spec;
    return nullptr;
}

class Parser {
public:
    Parser(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs, const Translator& tr)
        : args_(args), specs_(specs), tr(tr) {}

    ParsedArguments run() {
        for (index_ = 0; index_ < args_.size(); ++index_) {
            const std::string& arg = args_[index_];
            if (arg == "--") {
                result_.positionals.insert(result_.positionals.end(), args_.begin() + index_ + 1, args_.end());
                break;
            }
            if (arg.size() > 2 && arg.compare(0, 2, "--") == 0)
                longOption(arg.substr(2));
            else if (arg.size() == 2 && arg[0] == '-' && arg[1] != '-')
                shortOption(arg);
            else
                result_.positionals.push_back(arg);
        }
        return std::move(result_);
    }

private:
    void longOption(const std::string& body) {
        std::size_t equals = body.find('=');
        std::string name = body.substr(0, equals);
        const OptionSpec* spec = findSpec(specs_, name, 0);
        if (!spec) throw UsageError(format(tr("unknown option \"{}\""), {"--" + name}));
        if (equals != std::string::npos) {
            if (!spec->takesValue) throw UsageError(format(tr("option \"{}\" takes no value"), {"--" + name}));
            result_.options[name].push_back(body.substr(equals + 1));
            return;
        }
        store(*spec, "--" + name);
    }

    void shortOption(const std::string& arg) {
        const OptionSpec* spec = findSpec(specs_, {}, arg[1]);
        if (!spec) throw UsageError(format(tr("unknown option \"{}\""), {arg}));
        store(*spec, arg);
    }

    void store(const OptionSpec& spec, const std::string& shown) {
        if (!spec.takesValue) {
            result_.options[spec.name].push_back({});
            return;
        }
        if (index_ + 1 >= args_.size()) throw UsageError(format(tr("option \"{}\" needs a value"), {shown}));
        result_.options[spec.name].push_back(args_[++index_]);
    }

    const std::vector<std::string>& args_;
    const std::vector<OptionSpec>& specs_;
    // Named tr so xgettext finds the strings.
    const Translator& tr;
    ParsedArguments result_;
    std::size_t index_ = 0;
};

}  // namespace

ParsedArguments parseArguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs,
                               const Translator& tr) {
    std::vector<OptionSpec> all = specs;
    all.insert(all.end(), commonOptions().begin(), commonOptions().end());
    return Parser(args, all, tr).run();
}

std::optional<Language> languageArgument(const std::vector<std::string>& args) {
    std::optional<std::string> code;
    Translator tr(systemLanguage());
    for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
        if (args[i] == "--lang" && i + 1 == args.size())
            throw UsageError(format(tr("option \"{}\" needs a value"), {"--lang"}));
        if (args[i] == "--lang")
            code = args[++i];
        else if (args[i].rfind("--lang=", 0) == 0)
            code = args[i].substr(7);
    }
    if (!code) return std::nullopt;
    if (auto language = parseLanguage(*code)) return language;
    throw UsageError(format(tr("unknown language \"{}\": use en or fr"), {*code}));
}

}  // namespace vigie::cli
