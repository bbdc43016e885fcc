// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title Stake bonds of GPU containers
/// @notice Each container (a bytes32 id from the container-registry) is backed by an ATH bond
///         owned by the wallet that posted it. SLASHER_ROLE takes slashed tokens to the treasury;
///         the owner leaves through an unbonding period (180 days by default) during which the
///         bond can still be slashed, then withdraws what is left.
/// @dev Slashed tokens go to `treasury` rather than being burnt: ATH has no burn function, and
///      the design returns penalties to the reward pools. DEFAULT_ADMIN_ROLE manages roles and
///      the treasury address and cannot move bonded tokens anywhere else. Assumes a standard
///      ERC-20 without transfer fees (ATH is one).
contract ContainerBonds is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May slash bonds (the staking-service's settlement wallet).
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    /// @notice The design's unbonding period ("DISSOLVING, 180 days").
    uint64 public constant DEFAULT_UNBONDING_PERIOD = 180 days;

    struct Bond {
        address owner;
        uint64 unbondingEnd;
        uint256 amount;
    }

    /// @notice The bonded token (ATH).
    IERC20 public immutable token;
    /// @notice Seconds from startUnbonding until withdraw is allowed.
    uint64 public immutable unbondingPeriod;
    /// @notice Where slashed tokens go.
    address public treasury;

    mapping(bytes32 containerId => Bond) private _bonds;

    /// @notice `owner` bonded a container for the first time.
    event BondPosted(bytes32 indexed containerId, address indexed owner, uint256 amount);
    /// @notice The owner added `added`; `amount` is the new bond.
    event BondIncreased(bytes32 indexed containerId, address indexed owner, uint256 added, uint256 amount);
    /// @notice `amount` was slashed to `treasury`; `remaining` is left; `evidenceHash` names the evidence.
    event BondSlashed(
        bytes32 indexed containerId,
        address indexed owner,
        uint256 amount,
        uint256 remaining,
        bytes32 indexed evidenceHash,
        address treasury
    );
    /// @notice The owner started leaving; withdraw is possible from `unbondingEnd`.
    event UnbondingStarted(bytes32 indexed containerId, address indexed owner, uint256 amount, uint64 unbondingEnd);
    /// @notice The owner took the rest of the bond back; the container has no bond any more.
    event BondWithdrawn(bytes32 indexed containerId, address indexed owner, uint256 amount);
    /// @notice The treasury that receives slashed tokens changed.
    event TreasuryChanged(address indexed previousTreasury, address indexed newTreasury);

    error ZeroAddress();
    error ZeroAmount();
    error ZeroUnbondingPeriod();
    error NotBondOwner(bytes32 containerId, address caller, address owner);
    error NoBond(bytes32 containerId);
    error UnbondingInProgress(bytes32 containerId, uint64 unbondingEnd);
    error NotUnbonding(bytes32 containerId);
    error UnbondingNotFinished(bytes32 containerId, uint64 unbondingEnd);
    error SlashExceedsBond(bytes32 containerId, uint256 amount, uint256 bonded);

    /// @param bondedToken the ERC-20 that is bonded (ATH).
    /// @param admin receives DEFAULT_ADMIN_ROLE: grants SLASHER_ROLE and sets the treasury.
    /// @param initialTreasury receives slashed tokens.
    /// @param unbondingSeconds unbonding period; DEFAULT_UNBONDING_PERIOD outside tests.
    constructor(IERC20 bondedToken, address admin, address initialTreasury, uint64 unbondingSeconds) {
        if (address(bondedToken) == address(0) || admin == address(0) || initialTreasury == address(0)) {
            revert ZeroAddress();
        }
        if (unbondingSeconds == 0) revert ZeroUnbondingPeriod();
        token = bondedToken;
        unbondingPeriod = unbondingSeconds;
        treasury = initialTreasury;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        emit TreasuryChanged(address(0), initialTreasury);
    }

    /// @notice Bonds `amount` of the caller's tokens to `containerId`: the first bond makes the
    ///         caller its owner; later calls by the owner increase it (not while unbonding).
    /// @dev The caller must have approved this contract for `amount`.
    /// @param containerId the container-registry's id of the container.
    /// @param amount wei of ATH, more than zero.
    function bond(bytes32 containerId, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Bond storage current = _bonds[containerId];
        if (current.owner == address(0)) {
            current.owner = msg.sender;
            current.amount = amount;
            emit BondPosted(containerId, msg.sender, amount);
        } else {
            if (current.owner != msg.sender) revert NotBondOwner(containerId, msg.sender, current.owner);
            if (current.unbondingEnd != 0) revert UnbondingInProgress(containerId, current.unbondingEnd);
            current.amount += amount;
            emit BondIncreased(containerId, msg.sender, amount, current.amount);
        }
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Takes `amount` from the bond of `containerId` to the treasury, also while it unbonds.
    /// @param containerId the slashed container.
    /// @param amount wei of ATH, more than zero and at most the bond.
    /// @param evidenceHash hash of the slashing evidence (the signed checker reports), kept in the event.
    function slash(bytes32 containerId, uint256 amount, bytes32 evidenceHash)
        external
        onlyRole(SLASHER_ROLE)
        nonReentrant
    {
        if (amount == 0) revert ZeroAmount();
        Bond storage current = _bonds[containerId];
        if (current.owner == address(0)) revert NoBond(containerId);
        if (amount > current.amount) revert SlashExceedsBond(containerId, amount, current.amount);
        current.amount -= amount;
        address to = treasury;
        emit BondSlashed(containerId, current.owner, amount, current.amount, evidenceHash, to);
        token.safeTransfer(to, amount);
    }

    /// @notice Starts the unbonding period of the caller's bond; it can no longer be increased.
    /// @param containerId a container whose bond the caller owns.
    function startUnbonding(bytes32 containerId) external {
        Bond storage current = _ownedBond(containerId);
        if (current.unbondingEnd != 0) revert UnbondingInProgress(containerId, current.unbondingEnd);
        uint64 end = uint64(block.timestamp) + unbondingPeriod;
        current.unbondingEnd = end;
        emit UnbondingStarted(containerId, msg.sender, current.amount, end);
    }

    /// @notice Pays what is left of the caller's bond back once unbonding has finished.
    /// @param containerId a container whose bond the caller owns.
    function withdraw(bytes32 containerId) external nonReentrant {
        Bond storage current = _ownedBond(containerId);
        uint64 end = current.unbondingEnd;
        if (end == 0) revert NotUnbonding(containerId);
        if (block.timestamp < end) revert UnbondingNotFinished(containerId, end);
        uint256 amount = current.amount;
        delete _bonds[containerId];
        emit BondWithdrawn(containerId, msg.sender, amount);
        if (amount != 0) token.safeTransfer(msg.sender, amount);
    }

    /// @notice Sends future slashes to `newTreasury`.
    /// @param newTreasury a non-zero address.
    function setTreasury(address newTreasury) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newTreasury == address(0)) revert ZeroAddress();
        emit TreasuryChanged(treasury, newTreasury);
        treasury = newTreasury;
    }

    /// @notice The bond of `containerId`; all zero when there is none.
    /// @return owner the wallet that posted it.
    /// @return amount wei of ATH still bonded.
    /// @return unbondingEnd unix seconds when withdraw opens; 0 while not unbonding.
    function bondOf(bytes32 containerId)
        external
        view
        returns (address owner, uint256 amount, uint64 unbondingEnd)
    {
        Bond memory current = _bonds[containerId];
        return (current.owner, current.amount, current.unbondingEnd);
    }

    function _ownedBond(bytes32 containerId) private view returns (Bond storage current) {
        current = _bonds[containerId];
        if (current.owner == address(0)) revert NoBond(containerId);
        if (current.owner != msg.sender) revert NotBondOwner(containerId, msg.sender, current.owner);
    }
}
