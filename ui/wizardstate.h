#pragma once

#include <detector.h>
#include <environment.h>

namespace tgs::ui {

// The one object every page reads in initializePage() and writes in validatePage().
struct WizardState
{
    DetectionOptions detectionOptions;
    Environment environment;
    bool detected = false;
};

} // namespace tgs::ui
