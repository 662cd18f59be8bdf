#include "platform/errors.h"

#include "platform/format.h"

#include <exception>
#include <new>

namespace vigie {

std::string UserMessage::english() const { return format(msgid, args); }

std::string describeCurrentException() {
    try {
        throw;
    } catch (const UserError& e) {
        return e.what();
    } catch (const std::bad_alloc&) {
        return "Out of memory.";
    } catch (const std::exception& e) {
        return std::string("Unexpected error: ") + e.what();
    } catch (...) {
        return "Unexpected error.";
    }
}

}  // namespace vigie
