;;; emacs-driver.el --- drives a batch Emacs started with the README's eglot snippet  -*- lexical-binding: t -*-
;; The init file is the README's snippet as written (only the path to the checkout filled in). This
;; opens a golden program with a use-after-move, connects eglot as `M-x eglot' would, waits for the
;; diagnostics, asks for a hover, runs the README's `rustmem-inspect', and writes what came back as
;; JSON to $RUSTMEM_EMACS_OUT. Every wait has a limit: a failure is written, never a hang.
(require 'eglot)
(require 'json)
(require 'seq)

(defvar rustmem-report (list (cons 'emacs emacs-version)))
(defun rustmem-report (key value) (push (cons key value) rustmem-report))

(defun rustmem-wait (seconds what predicate)
  "Process server output until PREDICATE holds, or fail naming WHAT after SECONDS."
  (let ((deadline (+ (float-time) seconds)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline) (error "No %s within %s s" what seconds))
      (accept-process-output nil 0.05))))

(condition-case err
    (progn
      ;; Emacs 28 has no Rust mode of its own (rust-mode is a package); the snippet names the mode.
      (unless (fboundp 'rust-mode) (define-derived-mode rust-mode prog-mode "Rust"))
      (find-file (getenv "RUSTMEM_EMACS_FILE"))
      (rust-mode)
      (rustmem-report 'mode (symbol-name major-mode))
      ;; What `M-x eglot' and `eglot-ensure' do once the command is found in eglot-server-programs.
      (apply #'eglot--connect (eglot--guess-contact))
      (rustmem-wait 30 "eglot connection" (lambda () (eglot-current-server)))
      (let ((server (eglot-current-server)))
        (rustmem-report 'server (plist-get (eglot--server-info server) :name))
        (rustmem-wait 60 "diagnostics" (lambda () (or (flymake-diagnostics) eglot--diagnostics)))
        (rustmem-report 'diagnostics
                        (vconcat (mapcar (lambda (d)
                                           (list (cons 'line (line-number-at-pos (flymake-diagnostic-beg d)))
                                                 (cons 'text (flymake-diagnostic-text d))))
                                         (or (flymake-diagnostics) eglot--diagnostics))))
        (goto-char (point-min))
        (re-search-forward "let s")
        (backward-char 1)
        (let ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
          (rustmem-report 'hover (and hover (plist-get (plist-get hover :contents) :value))))
        ;; The page would open in a browser: keep its address instead.
        (let ((browse-url-browser-function (lambda (url &rest _) (rustmem-report 'browsed url))))
          (let ((page (rustmem-inspect)))
            (rustmem-report 'replay (list (cons 'uri (plist-get page :uri))
                                          (cons 'path (plist-get page :path))
                                          (cons 'steps (plist-get page :steps))))))))
  (error (rustmem-report 'error (error-message-string err))))

(with-temp-file (getenv "RUSTMEM_EMACS_OUT") (insert (json-encode rustmem-report)))
(kill-emacs 0)
