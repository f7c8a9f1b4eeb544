"""The worker's pipeline, one module per step: intake (fetch), handling (read, decide, carry out;
held changes in held), filing, sending, jobs (reminders, retention, one pass). ``mailbot.worker.Worker``
puts them together."""
