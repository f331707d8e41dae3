// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled translations (.qm) are linked in as Qt resources under :/i18n.
namespace rb {
int translationsLinked()
{
    return 1;
}
} // namespace rb
