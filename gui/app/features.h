#pragma once

class LanguageManager;
class MainWindow;

/// Adds to @p window everything the app has beyond the window itself, in the
/// order it must be added: scenario files (checked, reloaded, recent, confirmed
/// before exec), trace replay, the Export menu, the charts and measurements, the
/// Help menu, presenter mode, and last the settings, which restore the layout of
/// the docks and toolbars the others added. main.cpp and the tests that need the
/// whole window both call it, so they cannot drift apart.
void installFeatures(MainWindow &window, LanguageManager &languages);
