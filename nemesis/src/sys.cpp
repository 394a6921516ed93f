// Processes and namespaces without a shell: fork/exec with bounded waits.

#include "sys.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "vouch/nemesis/nemesis.hpp"

namespace vouch::nemesis::sys {

namespace {

std::atomic<bool> gStop{false};
int gWakePipe[2] = {-1, -1};

void onStopSignal(int) {
  gStop.store(true);
  if (gWakePipe[1] >= 0) {
    char c = 1;
    [[maybe_unused]] ssize_t n = ::write(gWakePipe[1], &c, 1);
  }
}

std::vector<char*> cArgv(const std::vector<std::string>& argv) {
  std::vector<char*> v;
  for (const auto& a : argv) v.push_back(const_cast<char*>(a.c_str()));
  v.push_back(nullptr);
  return v;
}

// In a forked child: default signal dispositions and an empty mask, so exec'd programs behave.
void resetSignalsInChild() {
  for (int s : {SIGINT, SIGTERM, SIGPIPE, SIGHUP}) ::signal(s, SIG_DFL);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

// Waits for pid up to `seconds`; SIGKILLs and reaps it on timeout. Returns the wait status or -1.
int waitBounded(pid_t pid, double seconds) {
  double deadline = now() + seconds;
  for (int i = 0; i < 1000000; ++i) {
    int status = 0;
    pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) return status;
    if (r < 0 && errno != EINTR) return -1;
    if (now() >= deadline) break;
    ::usleep(5000);
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return -1;
}

}  // namespace

double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool stopRequested() {
  return gStop.load();
}

bool sleepUnlessStopped(double seconds) {
  double deadline = now() + seconds;
  for (int i = 0; i < 100000 && !gStop.load(); ++i) {
    double left = deadline - now();
    if (left <= 0) return true;
    pollfd p{gWakePipe[0], POLLIN, 0};
    int ms = static_cast<int>(left * 1000) + 1;
    if (gWakePipe[0] >= 0)
      ::poll(&p, 1, ms > 200 ? 200 : ms);
    else
      ::usleep(static_cast<useconds_t>((ms > 200 ? 200 : ms) * 1000));
  }
  return !gStop.load();
}

void installHandlers() {
  if (gWakePipe[0] < 0 && ::pipe2(gWakePipe, O_CLOEXEC | O_NONBLOCK) != 0)
    gWakePipe[0] = gWakePipe[1] = -1;
  struct sigaction sa {};
  sa.sa_handler = onStopSignal;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  ::sigaction(SIGHUP, &sa, nullptr);
  ::signal(SIGPIPE, SIG_IGN);
}

int run(const std::vector<std::string>& argv, double timeoutSeconds, std::string* out) {
  int fds[2] = {-1, -1};
  if (out && ::pipe2(fds, O_CLOEXEC) != 0) return -1;
  pid_t pid = ::fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    resetSignalsInChild();
    int devnull = ::open("/dev/null", O_RDWR);
    ::dup2(devnull, 0);
    ::dup2(out ? fds[1] : devnull, 1);
    ::dup2(devnull, 2);
    auto v = cArgv(argv);
    ::execvp(v[0], v.data());
    ::_exit(127);
  }
  double deadline = now() + timeoutSeconds;
  if (out) {
    ::close(fds[1]);
    char buf[4096];
    for (int i = 0; i < 100000; ++i) {
      double left = deadline - now();
      if (left <= 0) break;
      pollfd p{fds[0], POLLIN, 0};
      int r = ::poll(&p, 1, static_cast<int>(left * 1000) + 1);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) break;
      ssize_t n = ::read(fds[0], buf, sizeof buf);
      if (n <= 0) break;
      out->append(buf, static_cast<size_t>(n));
    }
    ::close(fds[0]);
  }
  double left = deadline - now();
  int status = waitBounded(pid, left > 0 ? left : 0.01);
  if (status < 0 || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

pid_t spawnInNetns(const std::string& ns, const std::vector<std::string>& argv,
                   const std::string& logPath) {
  std::string nsPath = "/run/netns/" + ns;
  int nsFd = ::open(nsPath.c_str(), O_RDONLY | O_CLOEXEC);
  if (nsFd < 0) throw std::runtime_error("cannot open " + nsPath + ": " + std::strerror(errno));
  int logFd = ::open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (logFd < 0) {
    ::close(nsFd);
    throw std::runtime_error("cannot open " + logPath + ": " + std::strerror(errno));
  }
  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(nsFd);
    ::close(logFd);
    throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    resetSignalsInChild();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(126);
    ::setpgid(0, 0);  // Ctrl-C goes to vouch only; vouch stops its children itself
    if (::setns(nsFd, CLONE_NEWNET) != 0) ::_exit(125);
    int devnull = ::open("/dev/null", O_RDONLY);
    ::dup2(devnull, 0);
    ::dup2(logFd, 1);
    ::dup2(logFd, 2);
    auto v = cArgv(argv);
    ::execv(v[0], v.data());
    ::_exit(127);
  }
  ::close(nsFd);
  ::close(logFd);
  return pid;
}

void stopChild(pid_t pid, double graceSeconds) {
  if (pid <= 0) return;
  ::kill(pid, SIGTERM);
  waitBounded(pid, graceSeconds);
}

bool exited(pid_t pid) {
  int status = 0;
  return ::waitpid(pid, &status, WNOHANG) == pid;
}

void killChild(pid_t pid) {
  if (pid <= 0) return;
  ::kill(pid, SIGKILL);
  waitBounded(pid, 5);
}

void enterNetns(const std::string& ns) {
  std::string nsPath = "/run/netns/" + ns;
  int fd = ::open(nsPath.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error("cannot open " + nsPath + ": " + std::strerror(errno));
  int r = ::setns(fd, CLONE_NEWNET);
  int err = errno;
  ::close(fd);
  if (r != 0) throw std::runtime_error("setns " + ns + ": " + std::strerror(err));
}

bool inNetns(const std::string& ns, const std::function<void()>& fn) {
  bool ok = false;
  std::thread t([&] {
    try {
      enterNetns(ns);
      fn();
      ok = true;
    } catch (const std::exception&) {
    }
  });
  t.join();
  return ok;
}

}  // namespace vouch::nemesis::sys

namespace vouch::nemesis {
void installStopHandlers() {
  sys::installHandlers();
}
}  // namespace vouch::nemesis
