// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title ATH staking pools with time locks
/// @notice Holders lock ATH in the AI pool (0), the GAMING pool (1) or both. A lock lasts from
///         one week to four years, can only grow (more tokens, a later unlock time) and is never
///         released before its unlock time. Reward power and emissions are computed off-chain by
///         the staking-service from this contract's events and views.
/// @dev No roles, no admin: nobody but the holder can move a holder's locked tokens. Assumes a
///      standard ERC-20 without transfer fees (ATH is one).
contract StakingPools is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice The pool for AI workloads.
    uint8 public constant AI = 0;
    /// @notice The pool for gaming workloads.
    uint8 public constant GAMING = 1;
    /// @notice The shortest lock.
    uint64 public constant MIN_LOCK_DURATION = 1 weeks;
    /// @notice The longest lock: four years of 365 days.
    uint64 public constant MAX_LOCK_DURATION = 4 * 365 days;

    struct Lock {
        uint256 amount;
        uint64 start;
        uint64 unlockTime;
    }

    /// @notice The staked token (ATH).
    IERC20 public immutable token;

    mapping(address holder => mapping(uint8 pool => Lock)) private _locks;
    mapping(uint8 pool => uint256) private _totalLocked;

    /// @notice A holder opened a lock in a pool.
    event StakeLocked(
        address indexed holder, uint8 indexed pool, uint256 amount, uint64 start, uint64 unlockTime
    );
    /// @notice A holder added `added` tokens to a lock; `amount` is the new total.
    event StakeIncreased(
        address indexed holder, uint8 indexed pool, uint256 added, uint256 amount, uint64 unlockTime
    );
    /// @notice A holder moved a lock's unlock time later.
    event LockExtended(address indexed holder, uint8 indexed pool, uint256 amount, uint64 unlockTime);
    /// @notice A holder took an expired lock's tokens back; the lock is gone.
    event StakeWithdrawn(address indexed holder, uint8 indexed pool, uint256 amount, uint64 unlockTime);

    error ZeroAddress();
    error UnknownPool(uint8 pool);
    error ZeroAmount();
    error LockDurationOutOfRange(uint256 duration, uint256 min, uint256 max);
    error LockExists(address holder, uint8 pool);
    error NoLock(address holder, uint8 pool);
    error LockExpired(address holder, uint8 pool, uint64 unlockTime);
    error UnlockTimeNotLater(uint64 current, uint64 requested);
    error StillLocked(address holder, uint8 pool, uint64 unlockTime);

    /// @param stakedToken the ERC-20 that is locked (ATH).
    constructor(IERC20 stakedToken) {
        if (address(stakedToken) == address(0)) revert ZeroAddress();
        token = stakedToken;
    }

    /// @notice Locks `amount` of the caller's tokens in `pool` for `duration` seconds.
    /// @dev The caller must have approved this contract for `amount`. One lock per holder and pool.
    /// @param pool AI (0) or GAMING (1).
    /// @param amount wei of ATH, more than zero.
    /// @param duration seconds, from MIN_LOCK_DURATION to MAX_LOCK_DURATION inclusive.
    function lock(uint8 pool, uint256 amount, uint64 duration) external nonReentrant {
        _requirePool(pool);
        if (amount == 0) revert ZeroAmount();
        if (duration < MIN_LOCK_DURATION || duration > MAX_LOCK_DURATION) {
            revert LockDurationOutOfRange(duration, MIN_LOCK_DURATION, MAX_LOCK_DURATION);
        }
        Lock storage current = _locks[msg.sender][pool];
        if (current.amount != 0) revert LockExists(msg.sender, pool);

        uint64 start = uint64(block.timestamp);
        uint64 unlockTime = start + duration;
        _locks[msg.sender][pool] = Lock(amount, start, unlockTime);
        _totalLocked[pool] += amount;
        emit StakeLocked(msg.sender, pool, amount, start, unlockTime);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Adds `amount` of the caller's tokens to their unexpired lock in `pool`.
    /// @param pool AI (0) or GAMING (1).
    /// @param amount wei of ATH to add, more than zero.
    function increaseAmount(uint8 pool, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Lock storage current = _activeLock(msg.sender, pool);
        current.amount += amount;
        _totalLocked[pool] += amount;
        emit StakeIncreased(msg.sender, pool, amount, current.amount, current.unlockTime);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Moves the unlock time of the caller's unexpired lock in `pool` to `newUnlockTime`.
    /// @param pool AI (0) or GAMING (1).
    /// @param newUnlockTime unix seconds, later than the current unlock time and at most
    ///        MAX_LOCK_DURATION from now.
    function extendLock(uint8 pool, uint64 newUnlockTime) external {
        Lock storage current = _activeLock(msg.sender, pool);
        if (newUnlockTime <= current.unlockTime) revert UnlockTimeNotLater(current.unlockTime, newUnlockTime);
        uint256 duration = newUnlockTime - block.timestamp;
        if (duration > MAX_LOCK_DURATION) {
            revert LockDurationOutOfRange(duration, MIN_LOCK_DURATION, MAX_LOCK_DURATION);
        }
        current.unlockTime = newUnlockTime;
        emit LockExtended(msg.sender, pool, current.amount, newUnlockTime);
    }

    /// @notice Returns all tokens of the caller's lock in `pool` once its unlock time has come.
    /// @param pool AI (0) or GAMING (1).
    function withdraw(uint8 pool) external nonReentrant {
        _requirePool(pool);
        Lock memory current = _locks[msg.sender][pool];
        if (current.amount == 0) revert NoLock(msg.sender, pool);
        if (block.timestamp < current.unlockTime) revert StillLocked(msg.sender, pool, current.unlockTime);

        delete _locks[msg.sender][pool];
        _totalLocked[pool] -= current.amount;
        emit StakeWithdrawn(msg.sender, pool, current.amount, current.unlockTime);
        token.safeTransfer(msg.sender, current.amount);
    }

    /// @notice The lock of `holder` in `pool`; all zero when there is none.
    /// @return amount wei of ATH locked.
    /// @return start unix seconds when the lock was opened.
    /// @return unlockTime unix seconds from which it may be withdrawn.
    function lockOf(address holder, uint8 pool)
        external
        view
        returns (uint256 amount, uint64 start, uint64 unlockTime)
    {
        _requirePool(pool);
        Lock memory current = _locks[holder][pool];
        return (current.amount, current.start, current.unlockTime);
    }

    /// @notice Wei of ATH locked in `pool` by all holders together.
    function totalLocked(uint8 pool) external view returns (uint256) {
        _requirePool(pool);
        return _totalLocked[pool];
    }

    function _activeLock(address holder, uint8 pool) private view returns (Lock storage current) {
        _requirePool(pool);
        current = _locks[holder][pool];
        if (current.amount == 0) revert NoLock(holder, pool);
        if (block.timestamp >= current.unlockTime) revert LockExpired(holder, pool, current.unlockTime);
    }

    function _requirePool(uint8 pool) private pure {
        if (pool > GAMING) revert UnknownPool(pool);
    }
}
