// Browser tests start real servers and a browser each: one class at a time on a small machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
