// py2cpp runtime: Python's generators as C++20 coroutines.
//
// A Python function that yields becomes a C++ coroutine returning py::generator<T> (T the type it
// yields), its `yield v` a `co_yield v;`. As in Python the body does not start when the function is
// called: it runs up to its next `yield` each time an item is asked for (by a for loop, next(),
// list(), sum(), ...) and stays suspended in between, so a generator may be infinite and a consumer
// that stops early (a `break`, any(), next()) leaves the rest unrun. A py::generator is a shared
// handle on the suspended function, as a Python generator object is a reference: copies step the
// same generator, and a second loop over it continues where the first one stopped. An exception
// raised by the body reaches the consumer where it asked for the item, and the generator is then
// finished (further items: none; next(): StopIteration), as in Python. The coroutine's frame (its
// local variables) is freed with the last handle.
//
// Parameters of generator functions are passed by value (the emitter never declares them as
// references), so the frame owns what the body reads after the caller's expression has ended.
#pragma once

#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <utility>

#include "py2cpp/exceptions.hpp"
#include "py2cpp/iterable.hpp"

namespace py {

template <class T>
class generator {
public:
    using value_type = T;
    struct promise_type {
        std::optional<T> item;  // the last item yielded
        std::exception_ptr error;  // what the body raised, for the consumer

        generator get_return_object() { return generator(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }  // the body starts at the first request
        std::suspend_always final_suspend() noexcept { return {}; }
        template <class U>
        std::suspend_always yield_value(U&& value) {
            item.emplace(std::forward<U>(value));
            return {};
        }
        void return_void() noexcept {}
        void unhandled_exception() noexcept { error = std::current_exception(); }
    };

    // `for x in g`: the items still to come. Reading an item (*it) consumes it: a loop left by a
    // `break` after its body saw an item does not see that item again. end() is an iterator without
    // a frame (enumerate and zip compare iterators of one type).
    class iterator;
    iterator begin() const { return iterator(frame_); }
    iterator end() const { return iterator(nullptr); }

    // A variable declared before the statement that assigns it: a generator without items.
    generator() = default;

    // next(g): the next item; StopIteration when the generator is finished.
    T next() const {
        if (!has_next()) throw StopIteration();
        return frame_->take();
    }
    // Whether another item comes (running the body up to its next yield): next(g, default).
    bool has_next() const { return frame_ && frame_->ready(); }

private:
    struct frame {
        std::coroutine_handle<promise_type> handle;
        bool has_item = false;  // an item yielded and not yet consumed
        bool running = false;
        explicit frame(std::coroutine_handle<promise_type> h) : handle(h) {}
        frame(const frame&) = delete;
        frame& operator=(const frame&) = delete;
        ~frame() { handle.destroy(); }

        // Whether an item is there to consume, running the body up to its next yield if needed.
        bool ready() {
            if (has_item) return true;
            if (handle.done()) return false;
            // The body asking its own generator for an item (Python: ValueError).
            if (running) throw ValueError("generator already executing");
            running = true;
            handle.resume();
            running = false;
            if (std::exception_ptr error = std::exchange(handle.promise().error, nullptr)) std::rethrow_exception(error);
            has_item = !handle.done();
            return has_item;
        }
        T take() {
            ready();
            has_item = false;
            return *handle.promise().item;
        }
    };

public:
    class iterator {
    public:
        explicit iterator(std::shared_ptr<frame> f) : frame_(std::move(f)) {}
        T operator*() const { return frame_->take(); }
        iterator& operator++() {
            frame_->has_item = false;  // the item, if *it did not take it, is dropped
            return *this;
        }
        // Only "not at the end" is meaningful: the generator's end is where it has no more items.
        bool operator!=(const iterator& other) const {
            frame* f = frame_ ? frame_.get() : other.frame_.get();
            return f && (frame_ && other.frame_ ? frame_ != other.frame_ : f->ready());
        }
        bool operator==(const iterator& other) const { return !(*this != other); }

    private:
        std::shared_ptr<frame> frame_;
    };

private:
    explicit generator(std::coroutine_handle<promise_type> h) : frame_(std::make_shared<frame>(h)) {}

    std::shared_ptr<frame> frame_;
};

// next(g) and next(g, default) of a generator.
template <class T>
T next(const generator<T>& g) {
    return g.next();
}
// next(g, default): R is the result's type (the item type, or Optional of it for default=None).
template <class R, class T, class D>
R next_or(const generator<T>& g, D&& fallback) {
    if (!g.has_next()) return R(std::forward<D>(fallback));
    return R(g.next());
}

// bool(g), `if g:`: a generator object is always true (it has no __len__).
template <class T>
constexpr bool truthy(const generator<T>&) noexcept {
    return true;
}

// x in g: advances g up to the first item equal to x (the rest stays to come), as Python does.
template <class T, class U>
bool contains(const generator<T>& g, const U& value) {
    for (auto&& item : g)
        if (item == value) return true;
    return false;
}

namespace detail {
template <class Iterable>
generator<item_t<Iterable>> iterate(Iterable iterable) {  // by value: the frame holds it (a list by handle)
    for (auto&& item : as_iterable(iterable)) co_yield item;
}
}  // namespace detail

// iter(x): a generator over the items of a list, tuple, str, dict (its keys), set, range...; of a
// generator, that generator itself.
template <class Iterable>
generator<detail::item_t<Iterable>> iter(const Iterable& iterable) {
    return detail::iterate(iterable);
}
template <class T>
generator<T> iter(const generator<T>& g) {
    return g;
}

}  // namespace py
