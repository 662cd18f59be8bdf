// Moving a secret (a typed password, a TOTP key) between a text control and a wiped buffer
// without leaving copies on the heap.
//
// wx's own accessors convert through temporary buffers that are freed without being wiped:
// GetValue() of a growing password, called on every keystroke, would scatter "p", "pa", "pas"...
// across the heap. Under GTK a single-line wxTextCtrl is a GtkEntry, whose GtkEntryBuffer zeroes
// the memory it releases; these functions read and write that buffer directly, in UTF-8, so the
// only copies are GTK's own (wiped) and the SecureString. Elsewhere they fall back to wx's
// accessors and wipe the wxString they get.
//
// What remains out of reach: GTK's text layout of a revealed (unmasked) field, and the UTF-8
// temporaries GTK's input methods make. Both are freed, not wiped, and only exist for as long
// as the user has the text visible or is typing it.
#pragma once

#include <wx/string.h>

#include "secret/secure_string.h"

class wxTextCtrl;

namespace vigie::gui {

// The control's content, in UTF-8, read straight into a wiped buffer.
SecureString readSecret(const wxTextCtrl* control);
// Replaces the content without sending wxEVT_TEXT... except under GTK, where the entry reports
// the change: callers that must not react ignore it (SecretField does).
void writeSecret(wxTextCtrl* control, const SecureString& secret);
// The secret as a wxString, built without intermediate buffers, for wx calls that need one (the
// clipboard); wipe() it after use.
wxString secretAsWx(const SecureString& secret);
// Empties the control and its undo state: ChangeValue(""), then Clear().
void clearSecret(wxTextCtrl* control);

// Overwrites a wxString's characters in place, then empties it.
void wipe(wxString& text);

}  // namespace vigie::gui
