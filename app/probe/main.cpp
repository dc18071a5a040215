// meshnat-probe: measures what a NAT does with UDP 4500 before HCX is deployed
// (`run`), against a reflector outside (`serve`, or any RFC 5780 STUN server).
// QtCore and QtNetwork only, so it runs on a plain Linux host.
#include "ProbeClassifier.h"
#include "ProbeClient.h"
#include "ProbeServer.h"
#include "Translations.h"
#include "UdpEndpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

enum Exit { Ok = 0, NoAnswer = 1, Usage = 2, CannotStart = 3 };

class Probe
{
    Q_DECLARE_TR_FUNCTIONS(Probe)
public:
    static QString usage()
    {
        return tr("Usage: meshnat-probe COMMAND [OPTIONS]\n\n"
                  "Commands:\n"
                  "  serve  answer STUN Binding requests (RFC 5389/5780) on two addresses and two ports\n"
                  "  run    measure the NAT between this host and a reflector, and say whether two\n"
                  "         HCX appliances behind it both keep UDP 4500\n\n"
                  "Run 'meshnat-probe COMMAND --help' for a command's options.\n"
                  "Exit codes: 0 measured, 1 the server did not answer, 2 usage error, 3 cannot bind.\n");
    }
};

// Parses a command's options; handles --help and --version (usage line names
// the command). Returns -1 to go on, else the exit code.
int parse(QCommandLineParser &p, const QStringList &args, const char *command, QTextStream &out, QTextStream &err)
{
    const QString program = QCoreApplication::arguments().value(0);
    if (!p.parse(QStringList{program} + args)) {
        err << "meshnat-probe " << command << ": " << p.errorText() << Qt::endl;
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QString text = p.helpText();
        const QString usage = QStringLiteral("Usage: ");
        if (text.startsWith(usage + program))
            text.replace(usage.size(), program.size(), QStringLiteral("meshnat-probe ") + QLatin1String(command));
        out << text;
        return Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out << "meshnat-probe " << MESHNAT_VERSION << Qt::endl;
        return Ok;
    }
    return -1;
}

void addLang(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("lang"), Probe::tr("Language of the summary: en or ja (default: the locale)."),
                 QStringLiteral("LANG")});
}

// --lang wins over the locale; Japanese, and English's plural forms, come from
// the model's compiled .qm files.
void installTranslator(const QCommandLineParser &p, QTranslator *translator)
{
    const QString lang = p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang"))
                         : QLocale().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                     : QStringLiteral("en");
    if (Translations::load(*translator, lang))
        QCoreApplication::installTranslator(translator);
}

int serve(QCoreApplication &app, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(Probe::tr(
        "Answer STUN Binding requests as an RFC 5780 reflector: four sockets (primary and alternate "
        "address, primary and alternate port), XOR-MAPPED-ADDRESS, OTHER-ADDRESS, RESPONSE-ORIGIN, "
        "CHANGE-REQUEST and RESPONSE-PORT honoured. One reply per request, only to the request's "
        "source address, never larger than 76 bytes, rate limited per source and in total."));
    p.addOptions({{{QStringLiteral("h"), QStringLiteral("help")}, Probe::tr("Displays help on commandline options.")},
                  {{QStringLiteral("v"), QStringLiteral("version")}, Probe::tr("Displays version information.")}});
    p.addOption({QStringLiteral("primary"), Probe::tr("Primary address and port (default port 3478)."),
                 QStringLiteral("IP[:PORT]")});
    p.addOption({QStringLiteral("alternate"), Probe::tr("Alternate address and port (default port 3479)."),
                 QStringLiteral("IP[:PORT]")});
    p.addOption({QStringLiteral("duration"), Probe::tr("Stop after this many seconds (default: run until killed)."),
                 QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("verbose"), Probe::tr("Print one line per answered request.")});
    addLang(p);
    if (const int exit = parse(p, args, "serve", out, err); exit >= 0)
        return exit;
    QTranslator translator;
    installTranslator(p, &translator);
    Endpoint primary, alternate;
    QString error;
    if (!p.isSet(QStringLiteral("primary")) || !p.isSet(QStringLiteral("alternate"))) {
        err << Probe::tr("meshnat-probe serve: --primary and --alternate are both needed "
                         "(RFC 5780 needs two addresses)")
            << Qt::endl;
        return Usage;
    }
    if (!UdpEndpoint::parse(p.value(QStringLiteral("primary")), 3478, &primary, &error)
        || !UdpEndpoint::parse(p.value(QStringLiteral("alternate")), 3479, &alternate, &error)) {
        err << "meshnat-probe serve: " << error << Qt::endl;
        return Usage;
    }
    if (primary.ip == alternate.ip || primary.port == alternate.port) {
        err << Probe::tr("meshnat-probe serve: the alternate address and port must both differ from the primary")
            << Qt::endl;
        return Usage;
    }
    ProbeServer server(primary, alternate, p.isSet(QStringLiteral("verbose")));
    if (!server.start(&error)) {
        err << "meshnat-probe serve: " << error << Qt::endl;
        return CannotStart;
    }
    out << Probe::tr("meshnat-probe: answering on %1 and %2 (and their port combinations)")
               .arg(primary.toString(), alternate.toString())
        << Qt::endl;
    if (p.isSet(QStringLiteral("duration")))
        QTimer::singleShot(p.value(QStringLiteral("duration")).toInt() * 1000, &app, &QCoreApplication::quit);
    const int rc = app.exec();
    const auto &c = server.counters();
    out << Probe::tr("meshnat-probe: answered %1, malformed %2, not a request %3, rate limited %4")
               .arg(c.answered)
               .arg(c.malformed)
               .arg(c.notRequest)
               .arg(c.rateLimited)
        << Qt::endl;
    return rc;
}

QJsonObject classificationJson(const ProbeResult &r, const ProbeClassifier::Classification &c)
{
    const auto opt = [](const std::optional<Endpoint> &e) { return e ? QJsonValue(e->toString()) : QJsonValue(); };
    const auto optBool = [](const std::optional<bool> &b) { return b ? QJsonValue(*b) : QJsonValue(); };
    static const char *const verdicts[] = {"cannot-tell", "both-keep-port", "not-both-keep-port"};
    return QJsonObject{
        {QStringLiteral("behindNat"), c.behindNat},
        {QStringLiteral("mapping"), ProbeClassifier::behaviourKey(c.mapping)},
        {QStringLiteral("filtering"), ProbeClassifier::behaviourKey(c.filtering)},
        {QStringLiteral("portPreserved"), c.portPreserved},
        {QStringLiteral("firstMapped"), opt(c.firstMapped)},
        {QStringLiteral("secondSourceOtherDestination"), opt(c.secondOther)},
        {QStringLiteral("secondSourceSameServer"), opt(c.secondSame)},
        {QStringLiteral("mappingChangesWithDestination"), optBool(c.mappingChangesWithDestination)},
        {QStringLiteral("hairpinning"), optBool(c.hairpinning)},
        {QStringLiteral("portParityPreserved"), optBool(c.parityPreserved)},
        {QStringLiteral("lifetimeAliveSeconds"), c.lifetimeAlive},
        {QStringLiteral("lifetimeGoneSeconds"), c.lifetimeGone},
        {QStringLiteral("verdict"), QLatin1String(verdicts[c.verdict])},
        {QStringLiteral("verdictText"), ProbeClassifier::verdictSentence(r, c)},
        {QStringLiteral("reasons"), QJsonValue::fromVariant(c.reasons)},
    };
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(Probe::tr(
        "Measure the NAT between this host and a reflector (meshnat-probe serve, or any RFC 5780 STUN "
        "server): mapping and filtering behaviour, hairpinning, binding lifetime, whether source port "
        "4500 is preserved, what a second inside source on 4500 is given, port parity. Every test "
        "sends at most 3 requests and waits at most --timeout; only the server's addresses (and this "
        "NAT's own public address, for hairpinning) are contacted."));
    p.addOptions({{{QStringLiteral("h"), QStringLiteral("help")}, Probe::tr("Displays help on commandline options.")},
                  {{QStringLiteral("v"), QStringLiteral("version")}, Probe::tr("Displays version information.")}});
    p.addOption({QStringLiteral("server"), Probe::tr("The reflector (default port 3478)."), QStringLiteral("HOST[:PORT]")});
    p.addOption({QStringLiteral("local-port"), Probe::tr("The source port under test (default 4500)."),
                 QStringLiteral("PORT"), QStringLiteral("4500")});
    p.addOption({QStringLiteral("local-address"), Probe::tr("Send from this address (default: the route's)."),
                 QStringLiteral("IP")});
    p.addOption({QStringLiteral("second-source"),
                 Probe::tr("A second address of this host behind the same NAT rule: the collision test "
                           "sends from it on the same port, as a second appliance would."),
                 QStringLiteral("IP")});
    p.addOption({QStringLiteral("lifetime-max"),
                 Probe::tr("Measure the binding lifetime with idle times 1, 2, 4, ... up to this many "
                           "seconds (default 0: not measured; the run takes this long)."),
                 QStringLiteral("SECONDS"), QStringLiteral("0")});
    p.addOption({QStringLiteral("timeout"), Probe::tr("Wait per request, retransmissions included (default 1500)."),
                 QStringLiteral("MS"), QStringLiteral("1500")});
    p.addOption({QStringLiteral("json"), Probe::tr("Print every observation as JSON instead of the summary.")});
    p.addOption({QStringLiteral("output"), Probe::tr("Also write the JSON to this file (for File > Import in MeshNAT)."),
                 QStringLiteral("FILE")});
    addLang(p);
    if (const int exit = parse(p, args, "run", out, err); exit >= 0)
        return exit;
    QTranslator translator;
    installTranslator(p, &translator);

    ProbeClient::Options o;
    QString error;
    if (!p.isSet(QStringLiteral("server"))) {
        err << Probe::tr("meshnat-probe run: --server is needed") << Qt::endl;
        return Usage;
    }
    if (!UdpEndpoint::parse(p.value(QStringLiteral("server")), 3478, &o.server, &error)) {
        err << "meshnat-probe run: " << error << Qt::endl;
        return Usage;
    }
    bool ok = false;
    const uint port = p.value(QStringLiteral("local-port")).toUInt(&ok);
    const int lifetimeMax = p.value(QStringLiteral("lifetime-max")).toInt();
    const int timeout = p.value(QStringLiteral("timeout")).toInt();
    if (!ok || port == 0 || port > 65535 || lifetimeMax < 0 || lifetimeMax > 3600 || timeout < 100 || timeout > 10000) {
        err << Probe::tr("meshnat-probe run: --local-port 1-65535, --lifetime-max 0-3600, --timeout 100-10000")
            << Qt::endl;
        return Usage;
    }
    o.localPort = quint16(port);
    o.lifetimeMax = lifetimeMax;
    o.timeoutMs = timeout;
    for (const auto &[name, target] : {std::pair{"local-address", &o.localIp}, std::pair{"second-source", &o.secondSource}}) {
        if (p.isSet(QLatin1String(name)) && !Ipv4::parse(p.value(QLatin1String(name)), target)) {
            err << Probe::tr("meshnat-probe run: --%1 must be an IPv4 address").arg(QLatin1String(name)) << Qt::endl;
            return Usage;
        }
    }

    ProbeClient client(o);
    ProbeResult result;
    if (!client.run(&result, &error)) {
        err << "meshnat-probe run: " << error << Qt::endl;
        return CannotStart;
    }
    const ProbeClassifier::Classification c = ProbeClassifier::classify(result);
    QJsonObject json = QJsonDocument::fromJson(result.toJson()).object();
    json.insert(QStringLiteral("classification"), classificationJson(result, c));
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (p.isSet(QStringLiteral("output"))) {
        QSaveFile file(p.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            err << Probe::tr("meshnat-probe run: cannot write %1: %2")
                       .arg(p.value(QStringLiteral("output")), file.errorString())
                << Qt::endl;
            return CannotStart;
        }
    }
    if (p.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(bytes);
    else
        out << ProbeClassifier::summary(result, c);
    out.flush();
    return c.serverAnswered ? Ok : NoAnswer;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meshnat-probe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHNAT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("serve"))
        return serve(app, args, out, err);
    if (command == QLatin1String("run"))
        return run(args, out, err);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "meshnat-probe " << MESHNAT_VERSION << Qt::endl;
        return Ok;
    }
    QTextStream &s = command == QLatin1String("--help") || command == QLatin1String("-h") ? out : err;
    s << Probe::usage();
    return command == QLatin1String("--help") || command == QLatin1String("-h") ? Ok : Usage;
}
