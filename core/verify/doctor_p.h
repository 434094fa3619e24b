#pragma once

// Internal to core/verify: what doctor.cpp (facts, fix plans) and doctorrules*.cpp (the rules) share.
#include <core/verify/doctor.h>

#include <QRegularExpression>

namespace tgs {

// Internal to core/verify: what doctor.cpp (facts, fix plans) and doctorrules.cpp (the rules) share.
namespace doctor {

// The Python environment a finding is about.
struct Target
{
    QString label;         // translated: "the conda environment "torchgpu"", "the Python /usr/bin/python3"
    QString condaEnv;      // its conda name, for a named environment other than base
    QString prefix;        // the environment's folder, if known
    QString python;        // the executable, if known
    QString pythonVersion; // "3.11.9", if known
    bool isBase = false;
};

class Context
{
public:
    Context(const DoctorInput &input, const KnowledgeBase &kb);

    const DoctorInput &in;
    const KnowledgeBase &kb;
    Platform::Os os;
    QList<Finding> findings;

    Finding *find(const QString &id);
    void add(const Finding &finding); // once per id and title

    bool smiFailed() const;      // detection: nvidia-smi could not reach the driver
    bool gpuKnownAbsent() const; // detection ran and found no NVIDIA GPU, no driver and no failing driver
    bool gpuPresent() const;
    QString gpuText() const; // "NVIDIA GeForce RTX 4060 Laptop GPU (8.9)"
    QString driverVersion() const;
    QString driverCuda(const QString &driver) const;
    bool samePath(const QString &path, const QString &folder) const; // path is folder or lies in it

    const CondaEnvInfo *condaEnvNamed(const QString &name) const;
    const CondaEnvInfo *condaEnvHolding(const QString &path) const;
    void fillFromConda(Target &target, const CondaEnvInfo *env) const;
    std::optional<Target> verifiedTarget() const;
    Target targetFor(const PythonInfo &python) const;
    std::optional<Target> textTarget() const;
    std::optional<Target> anyTarget() const;

    std::optional<Combination> recommend(const QString &pythonVersion) const;
    std::optional<PlanRequest> newEnvRequest(bool asciiMiniforge) const;
    Fix newEnvFix(const QString &instruction, bool asciiMiniforge = false) const;
    Fix reinstallFix(const std::optional<Target> &target) const;
};

QString lineWith(const QString &text, const QRegularExpression &pattern);
QRegularExpression caseless(const QString &pattern);
QString variantName(const Combination &combination); // "2.5.1+cu124"
QString pipCommand(const QString &python, const Combination &combination);

// import torch failed with `error`: a DLL that would not load, a paging file too small, a Python without its
// standard library. False when the error is none of these.
bool importErrorRule(Context &context, const QString &error, const std::optional<Target> &target);

void driverRules(Context &context);
void torchRules(Context &context);
void pathRules(Context &context);
void textRules(Context &context);

} // namespace doctor

} // namespace tgs
