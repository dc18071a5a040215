// udp_probe: tiny UDP sender/receiver run inside network namespaces by
// tst_netfilter_fidelity; it prints what it saw so the test can read the real
// NAT mappings. Plain POSIX sockets so it runs anywhere `ip netns exec` does.
//
//   udp_probe send SRC_PORT DST_IP DST_PORT [--bind IP] [--payload TEXT] [--recv-timeout-ms N]
//   udp_probe recv PORT [--count N] [--timeout-ms N] [--echo]
//
// Output lines (one per event, flushed at once):
//   READY port=P                                   receiver bound
//   SENT to=IP:PORT payload=TEXT
//   REPLY from=IP:PORT payload=TEXT | NOREPLY      sender, with --recv-timeout-ms
//   RECV from=IP:PORT to=IP:PORT payload=TEXT       receiver, one per datagram
//   DONE count=N                                   receiver finished
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

int usage()
{
    std::fprintf(stderr,
                 "usage: udp_probe send SRC_PORT DST_IP DST_PORT [--bind IP] [--payload TEXT]"
                 " [--recv-timeout-ms N]\n"
                 "       udp_probe recv PORT [--count N] [--timeout-ms N] [--echo]\n");
    return 2;
}

std::string endpoint(const sockaddr_in &a)
{
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &a.sin_addr, text, sizeof text);
    return std::string(text) + ":" + std::to_string(ntohs(a.sin_port));
}

int boundSocket(const char *ip, int port)
{
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) {
        std::perror("socket");
        return -1;
    }
    const int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(uint16_t(port));
    if (inet_pton(AF_INET, ip, &a.sin_addr) != 1
        || bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        std::perror("bind");
        close(fd);
        return -1;
    }
    return fd;
}

int runSend(int argc, char **argv)
{
    if (argc < 5)
        return usage();
    const int srcPort = std::atoi(argv[2]);
    const char *bindIp = "0.0.0.0";
    std::string payload = "probe";
    int recvTimeout = -1;
    for (int i = 5; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--bind"))
            bindIp = argv[i + 1];
        else if (!std::strcmp(argv[i], "--payload"))
            payload = argv[i + 1];
        else if (!std::strcmp(argv[i], "--recv-timeout-ms"))
            recvTimeout = std::atoi(argv[i + 1]);
        else
            return usage();
    }
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(uint16_t(std::atoi(argv[4])));
    if (inet_pton(AF_INET, argv[3], &to.sin_addr) != 1)
        return usage();
    const int fd = boundSocket(bindIp, srcPort);
    if (fd < 0)
        return 1;
    if (sendto(fd, payload.data(), payload.size(), 0, reinterpret_cast<sockaddr *>(&to),
               sizeof to) < 0) {
        std::perror("sendto");
        return 1;
    }
    std::printf("SENT to=%s payload=%s\n", endpoint(to).c_str(), payload.c_str());
    std::fflush(stdout);
    if (recvTimeout >= 0) {
        pollfd p{fd, POLLIN, 0};
        char buffer[1500];
        sockaddr_in from{};
        socklen_t length = sizeof from;
        ssize_t n = -1;
        if (poll(&p, 1, recvTimeout) > 0)
            n = recvfrom(fd, buffer, sizeof buffer - 1, 0, reinterpret_cast<sockaddr *>(&from),
                         &length);
        if (n >= 0) {
            buffer[n] = 0;
            std::printf("REPLY from=%s payload=%s\n", endpoint(from).c_str(), buffer);
        } else {
            std::printf("NOREPLY\n");
        }
    }
    close(fd);
    return 0;
}

int runRecv(int argc, char **argv)
{
    if (argc < 3)
        return usage();
    const int port = std::atoi(argv[2]);
    int count = 1 << 30;
    int timeoutMs = 10000;
    bool echo = false;
    for (int i = 3; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--echo"))
            echo = true;
        else if (!std::strcmp(argv[i], "--count") && i + 1 < argc)
            count = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--timeout-ms") && i + 1 < argc)
            timeoutMs = std::atoi(argv[++i]);
        else
            return usage();
    }
    const int fd = boundSocket("0.0.0.0", port);
    if (fd < 0)
        return 1;
    // IP_PKTINFO tells which local address a datagram was sent to (one receiver
    // serves several peer addresses) and lets the echo leave from that address.
    const int on = 1;
    setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &on, sizeof on);
    std::printf("READY port=%d\n", port);
    std::fflush(stdout);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    int received = 0;
    while (received < count) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              deadline - std::chrono::steady_clock::now()).count();
        pollfd p{fd, POLLIN, 0};
        if (left <= 0 || poll(&p, 1, int(left)) <= 0)
            break;
        char buffer[1500];
        char control[256];
        sockaddr_in from{};
        iovec iov{buffer, sizeof buffer - 1};
        msghdr m{};
        m.msg_name = &from;
        m.msg_namelen = sizeof from;
        m.msg_iov = &iov;
        m.msg_iovlen = 1;
        m.msg_control = control;
        m.msg_controllen = sizeof control;
        const ssize_t n = recvmsg(fd, &m, 0);
        if (n < 0)
            continue;
        buffer[n] = 0;
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_port = htons(uint16_t(port));
        for (cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
            if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
                in_pktinfo info;
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                local.sin_addr = info.ipi_addr;
            }
        }
        ++received;
        std::printf("RECV from=%s to=%s payload=%s\n", endpoint(from).c_str(),
                    endpoint(local).c_str(), buffer);
        std::fflush(stdout);
        if (echo) {
            const std::string reply = std::string("echo:") + buffer;
            char out[CMSG_SPACE(sizeof(in_pktinfo))] = {};
            iovec oiov{const_cast<char *>(reply.data()), reply.size()};
            msghdr o{};
            o.msg_name = &from;
            o.msg_namelen = sizeof from;
            o.msg_iov = &oiov;
            o.msg_iovlen = 1;
            o.msg_control = out;
            o.msg_controllen = sizeof out;
            cmsghdr *c = CMSG_FIRSTHDR(&o);
            c->cmsg_level = IPPROTO_IP;
            c->cmsg_type = IP_PKTINFO;
            c->cmsg_len = CMSG_LEN(sizeof(in_pktinfo));
            in_pktinfo info{};
            info.ipi_spec_dst = local.sin_addr;
            std::memcpy(CMSG_DATA(c), &info, sizeof info);
            if (sendmsg(fd, &o, 0) < 0)
                std::perror("sendmsg");
        }
    }
    std::printf("DONE count=%d\n", received);
    std::fflush(stdout);
    close(fd);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && !std::strcmp(argv[1], "send"))
        return runSend(argc, argv);
    if (argc >= 2 && !std::strcmp(argv[1], "recv"))
        return runRecv(argc, argv);
    return usage();
}
