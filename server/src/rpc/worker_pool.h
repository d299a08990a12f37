// A bounded pool of worker threads for database work, so gRPC's own threads
// never block on PostgreSQL. Sized to the connection pool; the queue is
// bounded too, and a full queue is refused at once (the caller answers
// UNAVAILABLE) instead of growing without limit.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace crm::rpc {

class WorkerPool {
 public:
  WorkerPool(size_t threads, size_t max_queue);
  ~WorkerPool();
  // False when the queue is full or the pool is stopping.
  bool TrySubmit(std::function<void()> task);
  // Runs what is queued, then joins.
  void Stop();

 private:
  void Run();
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  std::vector<std::thread> threads_;
  size_t max_queue_;
  bool stopping_ = false;
};

}  // namespace crm::rpc
