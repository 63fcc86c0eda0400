//! Work off the UI thread: loading a file, a file dialog, encoding and
//! writing a PNG, an offscreen render, a screenshot. Each is a [`Task`]: it
//! runs on a thread (or a callback), may report progress, and ends with one
//! value; the app polls it once a frame, and the worker asks for a repaint
//! whenever it has something to say, so nothing waits for the mouse to move.

use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

enum Message<T, P> {
    Progress(P),
    Done(T),
}

/// Work in flight, ending with a `T`, reporting progress as `P`.
pub(crate) struct Task<T, P = ()> {
    rx: Receiver<Message<T, P>>,
    progress: Option<P>,
}

/// The worker's end of a [`Task`].
pub(crate) struct Reporter<T, P = ()> {
    tx: Sender<Message<T, P>>,
    ctx: egui::Context,
}

/// How a poll found the task.
pub(crate) enum Poll<T> {
    Running,
    Done(T),
    /// The worker ended without a result (it panicked, or a callback was
    /// dropped unanswered).
    Lost,
}

impl<T: Send + 'static, P: Send + 'static> Task<T, P> {
    /// A task and the reporter that ends it, for work that is not a thread of
    /// ours (a screenshot callback).
    pub(crate) fn channel(ctx: &egui::Context) -> (Self, Reporter<T, P>) {
        let (tx, rx) = channel();
        let reporter = Reporter {
            tx,
            ctx: ctx.clone(),
        };
        (Self { rx, progress: None }, reporter)
    }

    /// Runs `work` on a new thread.
    pub(crate) fn spawn(
        ctx: &egui::Context,
        work: impl FnOnce(&Reporter<T, P>) -> T + Send + 'static,
    ) -> Self {
        let (task, reporter) = Self::channel(ctx);
        std::thread::spawn(move || {
            let value = work(&reporter);
            reporter.finish(value);
        });
        task
    }

    /// The result, once there is one; keeps the latest progress.
    pub(crate) fn poll(&mut self) -> Poll<T> {
        loop {
            match self.rx.try_recv() {
                Ok(Message::Progress(p)) => self.progress = Some(p),
                Ok(Message::Done(value)) => return Poll::Done(value),
                Err(TryRecvError::Empty) => return Poll::Running,
                Err(TryRecvError::Disconnected) => return Poll::Lost,
            }
        }
    }

    /// The latest progress reported.
    pub(crate) fn progress(&self) -> Option<&P> {
        self.progress.as_ref()
    }
}

impl<T, P> Reporter<T, P> {
    pub(crate) fn progress(&self, p: P) {
        let _ = self.tx.send(Message::Progress(p));
        self.ctx.request_repaint();
    }

    pub(crate) fn finish(self, value: T) {
        let _ = self.tx.send(Message::Done(value));
        self.ctx.request_repaint();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<T, P>(task: &mut Task<T, P>) -> Poll<T>
    where
        T: Send + 'static,
        P: Send + 'static,
    {
        for _ in 0..500 {
            match task.poll() {
                Poll::Running => std::thread::sleep(std::time::Duration::from_millis(5)),
                done => return done,
            }
        }
        panic!("the task never ended");
    }

    #[test]
    fn a_task_reports_progress_then_its_result() {
        let ctx = egui::Context::default();
        let mut task: Task<u32, &str> = Task::spawn(&ctx, |r| {
            r.progress("halfway");
            42
        });
        assert!(matches!(wait(&mut task), Poll::Done(42)));
        assert_eq!(task.progress(), Some(&"halfway"));
    }

    #[test]
    fn a_worker_that_dies_is_reported_lost() {
        let ctx = egui::Context::default();
        let (mut task, reporter) = Task::<u32>::channel(&ctx);
        drop(reporter);
        assert!(matches!(task.poll(), Poll::Lost));
    }
}
