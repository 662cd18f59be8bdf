#include "platform/errors.h"

#include "platform/format.h"

#include <exception>
#include <new>

namespace vigie {

std::string UserMessage::english() const { return format(msgid, args); }

UserMessage currentExceptionMessage() {
    try {
        throw;
    } catch (const UserError& e) {
        return e.message();
    } catch (const std::bad_alloc&) {
        return {N_("Out of memory."), {}};
    } catch (const std::exception& e) {
        return {N_("Unexpected error: {}"), {e.what()}};
    } catch (...) {
        return {N_("Unexpected error."), {}};
    }
}

std::string describeCurrentException() { return currentExceptionMessage().english(); }

}  // namespace vigie
