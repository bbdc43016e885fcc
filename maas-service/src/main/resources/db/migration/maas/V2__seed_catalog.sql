-- The open-weight models the platform starts with.
-- VRAM per replica: the bf16 weights (2 bytes per parameter) plus headroom for the KV cache and
-- activations, about 8 GB for the 7-8B models and about 50 GB for the 70B class; a 70B model
-- runs tensor parallel on 4 GPUs of at least 80 GB (H100, H200, A100 80 GB, B200).
-- Context: context_length is the model's own; --max-model-len serves less where the memory left
-- for the KV cache on one replica would hold too few full-length sequences (Llama 3.1 8B), and
-- where Qwen2.5 needs YaRN rope scaling beyond 32K, which its card says degrades short texts.
-- Prices in USD per million tokens, in line with public open-model inference prices (2025).

insert into catalog_model (id, display_name, family, parameters_billions, context_length, vram_gb,
                           min_gpu_vram_gb, gpus_per_replica, engine, engine_args,
                           usd_per_million_input, usd_per_million_output, state, added_at)
values
    -- 16.1 GB weights; 128 KiB of KV cache per token, so 16K tokens is 2 GB per sequence.
    ('meta-llama/Llama-3.1-8B-Instruct', 'Llama 3.1 8B Instruct', 'llama3.1', 8.03, 131072, 24,
     24, 1, 'vllm', array['--max-model-len 16384'],
     0.10, 0.15, 'ACTIVE', now()),
    -- 141 GB weights; 320 KiB per token leaves room for a full 128K sequence and more.
    ('meta-llama/Llama-3.1-70B-Instruct', 'Llama 3.1 70B Instruct', 'llama3.1', 70.6, 131072, 192,
     80, 4, 'vllm', array['--tensor-parallel-size 4'],
     0.60, 0.80, 'ACTIVE', now()),
    -- 15.2 GB weights; 56 KiB per token.
    ('Qwen/Qwen2.5-7B-Instruct', 'Qwen2.5 7B Instruct', 'qwen2.5', 7.61, 131072, 24,
     24, 1, 'vllm', array['--max-model-len 32768'],
     0.10, 0.15, 'ACTIVE', now()),
    -- 145 GB weights.
    ('Qwen/Qwen2.5-72B-Instruct', 'Qwen2.5 72B Instruct', 'qwen2.5', 72.7, 131072, 196,
     80, 4, 'vllm', array['--tensor-parallel-size 4', '--max-model-len 32768'],
     0.70, 0.90, 'ACTIVE', now()),
    -- A reasoning model: its thinking is returned apart from the answer (reasoning_content).
    ('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'DeepSeek R1 Distill Qwen 7B', 'deepseek-r1-distill', 7.62,
     131072, 24, 24, 1, 'vllm', array['--max-model-len 32768', '--reasoning-parser deepseek_r1'],
     0.10, 0.20, 'ACTIVE', now()),
    ('deepseek-ai/DeepSeek-R1-Distill-Llama-70B', 'DeepSeek R1 Distill Llama 70B', 'deepseek-r1-distill', 70.6,
     131072, 192, 80, 4, 'vllm', array['--tensor-parallel-size 4', '--reasoning-parser deepseek_r1'],
     0.75, 0.90, 'ACTIVE', now()),
    -- 14.5 GB weights; Mistral's own tokenizer and weight format, as its model card runs it on vLLM.
    ('mistralai/Mistral-7B-Instruct-v0.3', 'Mistral 7B Instruct v0.3', 'mistral', 7.25, 32768, 24,
     24, 1, 'vllm', array['--tokenizer-mode mistral', '--config-format mistral', '--load-format mistral'],
     0.10, 0.15, 'ACTIVE', now());
