#pragma once

#include <functional>

class QObject;

/// Calls @p retranslate now, and again each time @p watched receives
/// QEvent::LanguageChange: a widget, or any object whose parent is a widget (Qt
/// passes the event from a window down to every child). For texts that the
/// install*() functions set on menus, docks and toolbars they add to the main
/// window, which have no class of their own to override changeEvent() in.
/// Stops when @p watched is destroyed.
void retranslateOnLanguageChange(QObject *watched, std::function<void()> retranslate);
