// Workers on large-stack threads (parallel.hpp).

#include "vouch/refinement/parallel.hpp"

#include <pthread.h>

#include <vector>

namespace vouch::refinement {

namespace {

struct Share {
  const std::function<void(size_t)>* work;
  size_t index;
};

}  // namespace

void runParallel(size_t n, const std::function<void(size_t)>& work) {
  if (n == 0) return;
  std::vector<Share> shares;
  shares.reserve(n);  // stable addresses: the threads read them
  for (size_t i = 1; i < n; ++i) shares.push_back({&work, i});
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);  // as the main thread's
  std::vector<pthread_t> started;
  std::vector<size_t> notStarted;
  for (Share& s : shares) {
    pthread_t t;
    auto body = [](void* p) -> void* {
      auto* share = static_cast<Share*>(p);
      (*share->work)(share->index);
      return nullptr;
    };
    if (pthread_create(&t, &attr, body, &s) == 0) {
      started.push_back(t);
    } else {
      notStarted.push_back(s.index);
    }
  }
  pthread_attr_destroy(&attr);
  work(0);
  for (size_t i : notStarted) work(i);
  for (pthread_t t : started) pthread_join(t, nullptr);
}

}  // namespace vouch::refinement
