#include "features.h"

#include "app/appsettings.h"
#include "app/chartsinstall.h"
#include "app/helpmenu.h"
#include "app/presentermode.h"
#include "app/scenariofiles.h"
#include "app/tracereplay.h"
#include "export/exportmenu.h"

void installFeatures(MainWindow &window, LanguageManager &languages)
{
    installScenarioFiles(window);
    installTraceReplay(window);
    installExportMenu(window);
    installCharts(window);
    installHelp(window);
    installPresenterMode(window);
    installAppSettings(window, languages);
}
