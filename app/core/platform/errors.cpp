#include "platform/errors.h"

#include "platform/format.h"

#include <cerrno>
#include <cstring>
#include <exception>
#include <new>

namespace vigie {

std::string UserMessage::english() const { return format(msgid, args); }

std::string systemReason(int error) {
    switch (error) {
        case ENOSPC:
            return N_("no space left on the disk");
        case EDQUOT:
            return N_("the disk quota is exceeded");
        case EACCES:
        case EPERM:
            return N_("permission denied");
        case EROFS:
            return N_("the disk is read-only");
        case ENOTDIR:
            return N_("a part of the path is not a folder");
        case EISDIR:
            return N_("it is a folder");
        case ENOENT:
            return N_("no such file or folder");
        case EEXIST:
            return N_("the file already exists");
        case ENAMETOOLONG:
            return N_("the name is too long");
        case EIO:
            return N_("input/output error on the disk");
        case EMFILE:
        case ENFILE:
            return N_("too many open files");
        case ELOOP:
            return N_("too many symbolic links in the path");
        case EFBIG:
            return N_("the file is too large");
        default:
            return std::strerror(error);
    }
}

UserMessage messageWithReason(const char* msgid, const std::string& path, int error) {
    return UserMessage{msgid, {path, systemReason(error)}, {1}};
}

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
